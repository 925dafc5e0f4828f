-- Herald's store schema for PostgreSQL, version 1: what the stream job's JDBC sink (--jdbc) writes. The tables and
-- columns are the embedded store's (herald-io, org/herald/store/migrations/001-initial.sql), so a query written
-- for one reads the other; where they differ it is because a stream has no single writer:
--   * article.herald_id is the article's id in the stream (its JSON "id"); content_hash is unique, so an article
--     replayed after a restart is written once; url_key is unique as in the store, and a newer text at the same
--     URL replaces the older article (its rows go with it, ON DELETE CASCADE), as the store's UPDATED does;
--   * linked events are made by the job's keyed state, not by a query at insert time: event_link.id is the
--     job's stable link id (text, "USA|CHN|042@2024-06-17"), and event_report says which event report belongs
--     to which linked event (an event row and its link arrive from two operators, in either order);
--   * full text is a tsvector column with a GIN index instead of SQLite's FTS5 table; published is a DATE;
--   * the store's derived summaries (entity groups, tallies, near-duplicate signatures) are not kept.
-- Offsets are char offsets into article.text (start inclusive, end exclusive). Days are epoch days (UTC).
-- Every statement is idempotent: the sink runs this file at each start.

CREATE TABLE IF NOT EXISTS herald_schema (
  name    TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);
INSERT INTO herald_schema (name, version) VALUES ('store', 1) ON CONFLICT (name) DO NOTHING;

CREATE TABLE IF NOT EXISTS article (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  herald_id    TEXT NOT NULL,
  url_key      TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  source_path  TEXT,
  url          TEXT,
  host         TEXT,
  title        TEXT,
  published    DATE,
  language     TEXT NOT NULL,
  ingested_at  TEXT NOT NULL,           -- UTC, YYYYMMDDHHMMSS (GDELT's DATEADDED form)
  n_entities   INTEGER NOT NULL,
  n_quotes     INTEGER NOT NULL,
  n_dates      INTEGER NOT NULL,
  n_events     INTEGER NOT NULL,
  text         TEXT NOT NULL,
  search       TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX IF NOT EXISTS article_herald_id ON article(herald_id);
CREATE INDEX IF NOT EXISTS article_published ON article(published);
CREATE INDEX IF NOT EXISTS article_search ON article USING GIN (search);

CREATE TABLE IF NOT EXISTS entity (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL,             -- E1, E2… within the article
  type       TEXT NOT NULL,             -- PERSON, ORGANIZATION, LOCATION, MISC
  name       TEXT NOT NULL,
  name_key   TEXT NOT NULL,             -- lower-case name: joins one person across articles
  last_key   TEXT NOT NULL,             -- lower-case last word of the name
  country    TEXT,                      -- ISO 3166-1 alpha-3
  roles      TEXT NOT NULL,             -- roles joined by '|', most specific first; '' when none
  lat        DOUBLE PRECISION,
  lon        DOUBLE PRECISION,
  UNIQUE (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS entity_name ON entity(name_key, country, name);
CREATE INDEX IF NOT EXISTS entity_last ON entity(last_key);

CREATE TABLE IF NOT EXISTS mention (
  entity_id BIGINT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  kind      TEXT NOT NULL               -- NAME, ROLE, PRONOUN…
);
CREATE INDEX IF NOT EXISTS mention_entity ON mention(entity_id);

CREATE TABLE IF NOT EXISTS quote (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id     BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start          INTEGER NOT NULL,
  "end"          INTEGER NOT NULL,
  text           TEXT NOT NULL,
  direct         INTEGER NOT NULL,      -- 1 in quote marks, 0 reported
  speaker_id     BIGINT REFERENCES entity(id) ON DELETE CASCADE,
  speaker_name   TEXT,
  speaker_start  INTEGER,
  speaker_end    INTEGER,
  cue            TEXT,
  cue_start      INTEGER,
  cue_end        INTEGER
);
CREATE INDEX IF NOT EXISTS quote_article ON quote(article_id);
CREATE INDEX IF NOT EXISTS quote_speaker ON quote(speaker_id);

CREATE TABLE IF NOT EXISTS timex (
  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT NOT NULL,
  value      TEXT NOT NULL,
  end_value  TEXT,
  mod        TEXT
);
CREATE INDEX IF NOT EXISTS timex_article ON timex(article_id);

-- One report of one event: provenance (article, trigger, sentence) and its coding.
CREATE TABLE IF NOT EXISTS event (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id       BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  local_id         TEXT NOT NULL,       -- V1, V2… within the article
  trigger          TEXT NOT NULL,
  start            INTEGER NOT NULL,
  "end"            INTEGER NOT NULL,
  sentence_start   INTEGER NOT NULL,
  sentence_end     INTEGER NOT NULL,
  is_root          INTEGER NOT NULL,    -- 1 when in the article's first paragraph (GDELT IsRootEvent)
  source_name      TEXT NOT NULL,
  source_entity    BIGINT REFERENCES entity(id) ON DELETE CASCADE,
  source_code      TEXT NOT NULL,
  source_country   TEXT,
  target_name      TEXT,
  target_entity    BIGINT REFERENCES entity(id) ON DELETE CASCADE,
  target_code      TEXT,
  target_country   TEXT,
  cameo            TEXT NOT NULL,
  plover           TEXT NOT NULL,
  mode             TEXT,
  quad_class       INTEGER NOT NULL,
  goldstein        DOUBLE PRECISION NOT NULL,
  status           TEXT NOT NULL,       -- asserted, intended, negated, hypothetical
  date             TEXT,                -- TIMEX3 value from the text, or NULL
  day              INTEGER,             -- epoch day it happened: the date when a full day, else publication
  location_name    TEXT,
  location_country TEXT,
  lat              DOUBLE PRECISION,
  lon              DOUBLE PRECISION,
  UNIQUE (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS event_source_code ON event(source_code, day);
CREATE INDEX IF NOT EXISTS event_target_code ON event(target_code, day);

-- One event as reported across articles (the job's EventLinker): the first report's coding, counts over all.
CREATE TABLE IF NOT EXISTS event_link (
  id            TEXT PRIMARY KEY,
  day           INTEGER,
  source_code   TEXT NOT NULL,
  target_code   TEXT NOT NULL,          -- '' when the event has no target
  cameo         TEXT NOT NULL,
  plover        TEXT NOT NULL,
  quad_class    INTEGER NOT NULL,
  goldstein     DOUBLE PRECISION NOT NULL,
  first_article TEXT NOT NULL,          -- herald_id and local event id of the first report
  first_event   TEXT NOT NULL,
  num_mentions  INTEGER NOT NULL,
  num_articles  INTEGER NOT NULL,
  num_sources   INTEGER NOT NULL,
  closed        BOOLEAN NOT NULL        -- no report can join it any more
);
CREATE INDEX IF NOT EXISTS event_link_day ON event_link(day);
CREATE INDEX IF NOT EXISTS event_link_match ON event_link(source_code, target_code, cameo, day);
CREATE INDEX IF NOT EXISTS event_link_plover ON event_link(plover, day);

-- Which linked event each event report belongs to: join event through article.herald_id and event.local_id.
CREATE TABLE IF NOT EXISTS event_report (
  herald_id TEXT NOT NULL,
  local_id  TEXT NOT NULL,
  link_id   TEXT NOT NULL REFERENCES event_link(id) ON DELETE CASCADE,
  PRIMARY KEY (herald_id, local_id)
);
CREATE INDEX IF NOT EXISTS event_report_link ON event_report(link_id);
