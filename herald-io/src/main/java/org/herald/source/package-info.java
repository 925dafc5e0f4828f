/**
 * Sources: where raw documents come from (files, folders, standard input). A source never stops a batch for one
 * bad input. Nothing here returns null unless its Javadoc says so.
 */
package org.herald.source;
