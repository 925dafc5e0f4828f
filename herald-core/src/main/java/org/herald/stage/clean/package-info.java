/** The clean stage: plain text and HTML to clean body text without boilerplate. Nothing here returns null unless documented. */
package org.herald.stage.clean;
