package org.herald.store;

import java.time.LocalDate;

/**
 * An article that matches a full-text query.
 *
 * @param articleId the article's row id
 * @param title its title, or null
 * @param url its URL, or null
 * @param path the file it was read from, or null
 * @param published its publication day, or null
 * @param snippet the best matching passage, matches in [brackets], cuts marked with …
 * @param score relevance (BM25; higher is better)
 */
public record SearchHit(long articleId, String title, String url, String path, LocalDate published, String snippet,
                        double score) {
}
