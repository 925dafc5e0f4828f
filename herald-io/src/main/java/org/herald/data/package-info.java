/**
 * The user's data folder and the optional data installed into it: {@link org.herald.data.DataFolder} says where
 * it is, {@link org.herald.data.GeoNames} installs the GeoNames cities gazetteer there.
 */
package org.herald.data;
