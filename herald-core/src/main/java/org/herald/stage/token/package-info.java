/** Tokens and sentences. Nothing here returns null. */
package org.herald.stage.token;
