package org.herald.stage.syntax;

import java.util.List;
import java.util.Objects;

/**
 * One verb group of a sentence with the phrases around it, as {@link Clauses} reads them off the chunks. Token
 * indexes are article-wide. Lists are unmodifiable and empty, never null, when there is nothing.
 *
 * @param verbStart index of the verb group's first token
 * @param verbEnd index after its last token (exclusive)
 * @param head index of the main verb (the group's last verb: "signed" of "has not signed", "visit" of "plans to
 *     visit")
 * @param subject the subject's conjuncts ("Russia", "North Korea" of "Russia and North Korea signed"): for a
 *     relative pronoun its antecedent; for a verb coordinated with an earlier one ("met and signed"), that
 *     one's subject
 * @param isSubjectShared whether the subject was taken from the earlier verb of a coordination
 * @param object the direct object's conjuncts
 * @param attachments the prepositional phrases after the verb and its object, in text order (not the agent)
 * @param voice active or passive (a form of be or get before a past participle)
 * @param agent the conjuncts of the passive's "by" phrase
 * @param isNegated whether the group holds a negation (not, n't, never)
 * @param modality the class of the group's modal or intent word ("future", "possible", "intent", "threat", ...,
 *     as clause-words-v1.tsv names them), or null when the verb is plainly asserted
 * @param modalToken index of that word, or -1
 */
public record Clause(int verbStart, int verbEnd, int head, List<Phrase> subject, boolean isSubjectShared,
                     List<Phrase> object, List<Attachment> attachments, Voice voice, List<Phrase> agent,
                     boolean isNegated, String modality, int modalToken) {
  public Clause {
    subject = List.copyOf(subject);
    object = List.copyOf(object);
    attachments = List.copyOf(attachments);
    agent = List.copyOf(agent);
    Objects.requireNonNull(voice, "voice");
    if (head < verbStart || head >= verbEnd) {
      throw new IllegalArgumentException("head " + head + " outside verb group [" + verbStart + "," + verbEnd + ")");
    }
  }

  /** Whether token {@code token} lies in the verb group. */
  public boolean hasVerbToken(int token) {
    return token >= verbStart && token < verbEnd;
  }

  /**
   * Who acts: the agent of a passive, else the subject ("Rebels" of both "Rebels attacked the convoy" and "The
   * convoy was attacked by rebels"); empty when unknown.
   */
  public List<Phrase> actor() {
    return voice == Voice.PASSIVE ? agent : subject;
  }

  /** Who is acted on: the subject of a passive, else the object. */
  public List<Phrase> patient() {
    return voice == Voice.PASSIVE ? subject : object;
  }
}
