/** Herald's front door ({@link org.herald.Herald}) and its user-facing errors. Nothing here is null. */
package org.herald;
