/** Sinks: where extracted articles go (JSON Lines now; the store and streams later). Nothing here is null unless documented. */
package org.herald.sink;
