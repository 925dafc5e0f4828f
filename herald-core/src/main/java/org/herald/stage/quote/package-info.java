/** The quote stage: direct and reported quotations with their speakers. Nothing here returns null unless documented. */
package org.herald.stage.quote;
