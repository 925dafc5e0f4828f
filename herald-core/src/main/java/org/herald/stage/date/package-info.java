/**
 * The date stage: time expressions normalised to TIMEX3, with the anchor arithmetic ({@link
 * org.herald.stage.date.TimexResolver}) other stages may reuse. Nothing here returns null unless documented.
 */
package org.herald.stage.date;
