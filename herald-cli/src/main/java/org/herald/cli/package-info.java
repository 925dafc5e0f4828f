/**
 * The {@code herald} command line: one picocli class per verb, errors mapped once to one-line messages and
 * exit codes (0 success, 1 failure, 2 usage). Nothing here returns null unless documented.
 */
package org.herald.cli;
