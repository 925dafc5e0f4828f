/**
 * The event stage: CAMEO/PLOVER-coded interactions between actors, found by trigger patterns and a shallow
 * clause analysis. Event targets, dates, locations and PLOVER modes may be null; nothing else is.
 */
package org.herald.stage.event;
