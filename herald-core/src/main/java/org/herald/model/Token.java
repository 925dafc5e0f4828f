package org.herald.model;

/**
 * One token of an article: a cheap value made on demand from the article's compact offset arrays.
 *
 * @param index position in the article's token sequence, from 0
 * @param start char offset in the clean text, inclusive
 * @param end char offset, exclusive
 * @param text the covered text
 */
public record Token(int index, int start, int end, String text) implements Span {
}
