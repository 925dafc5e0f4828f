/**
 * Evaluation: readers of public gold formats (CoNLL-2003, TimeML, brat) and scorers that compare Herald's
 * output with them. Used by {@code herald eval} and CI, never by the pipeline. Nothing here returns null unless
 * documented.
 */
package org.herald.eval;
