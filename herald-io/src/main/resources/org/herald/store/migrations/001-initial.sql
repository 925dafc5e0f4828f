-- Herald store schema version 1: articles with full text, their entities, mentions, quotations, dates and
-- events, and the links that join reports of one event across articles. Offsets are char offsets into
-- article.text (start inclusive, end exclusive). Days are epoch days (days since 1970-01-01, UTC).

CREATE TABLE article (
  id           INTEGER PRIMARY KEY,
  url_key      TEXT UNIQUE,           -- normalised URL (UrlKey), or NULL when the article has none
  content_hash TEXT NOT NULL UNIQUE,  -- SHA-256 (hex) of title + clean text
  source_path  TEXT,
  url          TEXT,
  host         TEXT,                  -- the URL's host without www., or NULL: counts sources of an event
  title        TEXT,
  published    TEXT,                  -- YYYY-MM-DD or NULL
  language     TEXT NOT NULL,
  ingested_at  TEXT NOT NULL,         -- UTC, YYYYMMDDHHMMSS (GDELT's DATEADDED form)
  n_entities   INTEGER NOT NULL,      -- row counts written with the article: a whole article has them all
  n_quotes     INTEGER NOT NULL,
  n_dates      INTEGER NOT NULL,
  n_events     INTEGER NOT NULL,
  text         TEXT NOT NULL          -- last: reading the other columns never touches its overflow pages
);
-- covers publication ranges and the per-article counts stats sums, without reading the articles' text
CREATE INDEX article_published ON article(published, n_entities, n_quotes, n_dates, n_events);

-- Full text of title and body; external content, rows written by the store beside each article.
CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');

CREATE TABLE entity (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL,           -- E1, E2… within the article
  type       TEXT NOT NULL,           -- PERSON, ORGANIZATION, LOCATION, MISC
  name       TEXT NOT NULL,           -- canonical name
  name_key   TEXT NOT NULL,           -- lower-case name: joins one person across articles
  last_key   TEXT NOT NULL,           -- lower-case last word of the name ("putin")
  country    TEXT,                    -- ISO 3166-1 alpha-3
  roles      TEXT NOT NULL,           -- roles joined by '|', most specific first; '' when none
  lat        REAL,
  lon        REAL
);
CREATE INDEX entity_article ON entity(article_id);
-- covers the members of a profile (name_key, country, name)
CREATE INDEX entity_name ON entity(name_key, country, name);
CREATE INDEX entity_last ON entity(last_key);

CREATE TABLE mention (
  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
  start     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  kind      TEXT NOT NULL              -- NAME, ROLE, PRONOUN…
);
CREATE INDEX mention_entity ON mention(entity_id);

CREATE TABLE quote (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  text           TEXT NOT NULL,
  direct         INTEGER NOT NULL,    -- 1 in quote marks, 0 reported
  speaker_id     INTEGER REFERENCES entity(id) ON DELETE CASCADE,
  speaker_name   TEXT,
  speaker_start  INTEGER,
  speaker_end    INTEGER,
  cue            TEXT,
  cue_start      INTEGER,
  cue_end        INTEGER
);
CREATE INDEX quote_article ON quote(article_id);
CREATE INDEX quote_speaker ON quote(speaker_id);

CREATE TABLE timex (
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT NOT NULL,
  value      TEXT NOT NULL,
  end_value  TEXT,
  mod        TEXT
);
CREATE INDEX timex_article ON timex(article_id);

-- One report of one event: provenance (article, trigger, sentence) and its coding.
CREATE TABLE event (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  local_id        TEXT NOT NULL,      -- V1, V2… within the article
  link_id         INTEGER NOT NULL REFERENCES event_link(id),
  trigger         TEXT NOT NULL,
  start           INTEGER NOT NULL,
  end             INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  is_root         INTEGER NOT NULL,   -- 1 when in the article's first paragraph (GDELT IsRootEvent)
  source_name     TEXT NOT NULL,
  source_entity   INTEGER REFERENCES entity(id) ON DELETE CASCADE,
  source_code     TEXT NOT NULL,
  source_country  TEXT,
  target_name     TEXT,
  target_entity   INTEGER REFERENCES entity(id) ON DELETE CASCADE,
  target_code     TEXT,
  target_country  TEXT,
  cameo           TEXT NOT NULL,
  plover          TEXT NOT NULL,
  mode            TEXT,
  quad_class      INTEGER NOT NULL,
  goldstein       REAL NOT NULL,
  status          TEXT NOT NULL,      -- asserted, intended, negated, hypothetical
  date            TEXT,               -- TIMEX3 value from the text, or NULL
  day             INTEGER,            -- epoch day it happened: the date when a full day, else publication
  location_name   TEXT,
  location_country TEXT,
  lat             REAL,
  lon             REAL
);
CREATE INDEX event_article ON event(article_id);
CREATE INDEX event_by_link ON event(link_id);
-- cover an entity's reports with their days and links, so a profile reads no event rows
CREATE INDEX event_source_entity ON event(source_entity, day, link_id);
CREATE INDEX event_target_entity ON event(target_entity, day, link_id);

-- One event as reported across articles: same source code, target code and CAMEO code within a day of the
-- first report. The coding fields repeat the first report's; the counts cover every report.
CREATE TABLE event_link (
  id               INTEGER PRIMARY KEY,
  day              INTEGER,
  source_code      TEXT NOT NULL,
  target_code      TEXT NOT NULL,     -- '' when the event has no target
  cameo            TEXT NOT NULL,
  plover           TEXT NOT NULL,
  quad_class       INTEGER NOT NULL,
  goldstein        REAL NOT NULL,
  first_event      INTEGER NOT NULL,  -- event.id of the first report
  num_mentions     INTEGER NOT NULL,
  num_articles     INTEGER NOT NULL,
  num_sources      INTEGER NOT NULL
);
CREATE INDEX event_link_match ON event_link(source_code, target_code, cameo, day);
CREATE INDEX event_link_day ON event_link(day);
CREATE INDEX event_link_plover ON event_link(plover, day);

-- Lookup keys of a linked event, so actor and country filters use an index: 'a:RUSGOV', 'a:RUS' (actor code
-- and its first three letters), 'c:RUS' (a participant's or the location's country).
CREATE TABLE event_key (
  key     TEXT NOT NULL,
  day     INTEGER,
  link_id INTEGER NOT NULL REFERENCES event_link(id) ON DELETE CASCADE
);
CREATE INDEX event_key_key ON event_key(key, day, link_id);
CREATE INDEX event_key_link ON event_key(link_id, key);

-- Running counts of linked events by PLOVER type ('t:CONSULT'), source actor ('a:RUSGOV') and country
-- ('c:RUS', as in event_key), kept by the store as links come and go, so statistics need no scan.
CREATE TABLE tally (
  key TEXT PRIMARY KEY,
  n   INTEGER NOT NULL
) WITHOUT ROWID;
