/**
 * Pipelines and stages. A pipeline cleans a raw document, then runs stages that each add one annotation layer:
 *
 * <pre>{@code
 * try (Pipeline pipeline = Herald.pipeline()) {
 *   Article a = pipeline.process(RawDocument.text("demo", "Putin will visit Pyongyang on Tuesday."));
 *   List<TimeExpression> dates = a.layer(DateStage.TIMEX);
 * }
 * }</pre>
 *
 * Nothing here returns or accepts null unless its Javadoc says so.
 */
package org.herald.pipeline;
