package org.herald.store;

import java.time.LocalDate;

/**
 * A stored quotation with the article it came from.
 *
 * @param articleId the article's row id
 * @param title the article's title, or null
 * @param url the article's URL (else its path), or null
 * @param published the article's publication day, or null
 * @param start char offset of the quoted content, inclusive
 * @param end char offset, exclusive
 * @param text the quoted content
 * @param direct true for words in quote marks
 * @param speakerName canonical name of the speaker, or null
 * @param cue the cue verb's lemma, or null
 */
public record StoredQuote(long articleId, String title, String url, LocalDate published, int start, int end,
                          String text, boolean direct, String speakerName, String cue) {
}
