package org.herald.stage.quote;

import java.util.Objects;
import org.herald.model.Span;

/**
 * A quotation, direct (in quote marks) or reported ("Putin said that…"), with who said it.
 *
 * @param start char offset of the quoted content (inside the quote marks for direct quotes), inclusive
 * @param end char offset, exclusive
 * @param text the quoted content
 * @param direct true for words in quote marks
 * @param speaker id of the speaking entity in {@code NameStage.ENTITIES}, or null when unknown
 * @param speakerName canonical name of the speaker, or null when unknown
 * @param speakerSpan the mention in the text the speaker was found at ("Putin", "the Russian president",
 *     "he"), or null
 * @param cue the cue verb's lemma ("say", "write", "tell", "according to"), or null
 * @param cueSpan where the cue is in the text, or null
 */
public record Quote(int start, int end, String text, boolean direct, String speaker, String speakerName,
                    Span speakerSpan, String cue, Span cueSpan) implements Span {
  public Quote {
    Objects.requireNonNull(text, "text");
  }
}
