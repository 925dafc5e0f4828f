-- Near-duplicates (issue 7): a syndicated copy or a lightly edited version of a stored article is stored once.
-- Each article's MinHash signature of its text, and its locality-sensitive band keys to find similar ones fast.
CREATE TABLE article_signature (
  article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
  shingles   INTEGER NOT NULL,      -- distinct word shingles of the text: short texts are only compared exactly
  signature  BLOB NOT NULL          -- 128 MinHash values, 32-bit big-endian
);
CREATE TABLE article_band (
  band_key   INTEGER NOT NULL,      -- one LSH band (its number and the hash of its 4 values) as a 64-bit key
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE
);
CREATE INDEX article_band_key ON article_band(band_key);
CREATE INDEX article_band_article ON article_band(article_id);
-- Where else a stored article was found: near-duplicates that were not stored again.
CREATE TABLE article_alias (
  url_key    TEXT PRIMARY KEY,      -- the duplicate's normalised URL
  url        TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  similarity REAL NOT NULL,         -- estimated Jaccard similarity of the two texts' shingles
  seen_at    TEXT NOT NULL          -- UTC, YYYYMMDDHHMMSS
);
CREATE INDEX article_alias_article ON article_alias(article_id);
