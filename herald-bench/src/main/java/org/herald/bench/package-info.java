/**
 * Speed measurements of Herald (issue 9): JMH benchmarks per stage and for the whole pipeline, and the
 * side-by-side run against Stanford CoreNLP. Never shipped; nothing here is null unless a Javadoc says so.
 */
package org.herald.bench;
