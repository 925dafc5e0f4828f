/**
 * Syntax: Herald's own part-of-speech tagger and phrase chunker (greedy averaged perceptrons over Penn Treebank
 * tags and CoNLL-2000 chunks) and a shallow clause analysis over the chunks (verb group, subject, object,
 * prepositional attachments, voice, negation, modality) for the event stage (issue 6). Methods return null only
 * where documented ("or null"); lists are never null.
 */
package org.herald.stage.syntax;
