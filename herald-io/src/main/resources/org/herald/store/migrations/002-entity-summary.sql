-- Herald store schema version 2: a summary of each person, organisation or place across the store (issue 8:
-- entity queries under 100 ms on 100,000 articles). The store keeps it up to date inside each article's
-- transaction; this script builds it for the articles already stored.

-- One canonical name and country across the store, with running counts.
CREATE TABLE entity_group (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,          -- canonical name
  country_key TEXT NOT NULL,          -- ISO 3166-1 alpha-3 code, or '' when none
  country     TEXT,                   -- the same, or NULL when none
  name_key    TEXT NOT NULL,          -- lower-case name
  last_key    TEXT NOT NULL,          -- lower-case last word of the name
  type        TEXT NOT NULL,          -- the type most of its articles give it
  articles    INTEGER NOT NULL,       -- articles that mention it (0 once all were replaced)
  quotes      INTEGER NOT NULL,       -- quotations it is the speaker of
  events      INTEGER NOT NULL,       -- event reports it is source or target of (each once)
  first_seen  TEXT,                   -- earliest publication day (YYYY-MM-DD) among its articles, or NULL
  last_seen   TEXT,
  UNIQUE (name, country_key)
);
CREATE INDEX entity_group_name ON entity_group(name_key, articles);
CREATE INDEX entity_group_last ON entity_group(last_key, type, articles);

-- Per group, how many articles give each type ('t:PERSON') and each role ('r:president').
CREATE TABLE entity_count (
  group_id INTEGER NOT NULL,
  key      TEXT NOT NULL,
  n        INTEGER NOT NULL,
  PRIMARY KEY (group_id, key)
) WITHOUT ROWID;

-- The group of each entity, quotation speaker and event participant, so a profile reads its newest quotations
-- and events from an index in date order with a LIMIT instead of gathering every member row.
ALTER TABLE entity ADD COLUMN group_id INTEGER;
ALTER TABLE quote ADD COLUMN speaker_group INTEGER;
ALTER TABLE quote ADD COLUMN published TEXT;   -- the article's, copied: YYYY-MM-DD or NULL
ALTER TABLE event ADD COLUMN source_group INTEGER;
ALTER TABLE event ADD COLUMN target_group INTEGER;

INSERT INTO entity_group (name, country_key, country, name_key, last_key, type, articles, quotes, events)
  SELECT name, coalesce(country, ''), max(country), min(name_key), min(last_key), 'MISC', 0, 0, 0
  FROM entity GROUP BY name, coalesce(country, '');
UPDATE entity SET group_id = (SELECT g.id FROM entity_group g
  WHERE g.name = entity.name AND g.country_key = coalesce(entity.country, ''));
CREATE INDEX entity_group_members ON entity(group_id, article_id);

UPDATE quote SET speaker_group = (SELECT group_id FROM entity WHERE id = quote.speaker_id),
  published = (SELECT published FROM article WHERE id = quote.article_id);
CREATE INDEX quote_group ON quote(speaker_group, published, id);

UPDATE event SET source_group = (SELECT group_id FROM entity WHERE id = event.source_entity)
  WHERE source_entity IS NOT NULL;
UPDATE event SET target_group = (SELECT group_id FROM entity WHERE id = event.target_entity)
  WHERE target_entity IS NOT NULL;
CREATE INDEX event_source_group ON event(source_group, day, link_id);
CREATE INDEX event_target_group ON event(target_group, day, link_id);

INSERT INTO entity_count (group_id, key, n)
  SELECT group_id, 't:' || type, count(DISTINCT article_id) FROM entity GROUP BY group_id, type;
INSERT INTO entity_count (group_id, key, n)
  WITH RECURSIVE split(group_id, article_id, role, rest) AS (
    SELECT group_id, article_id, '', roles || '|' FROM entity WHERE roles <> ''
    UNION ALL
    SELECT group_id, article_id, substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1)
    FROM split WHERE rest <> ''
  )
  SELECT group_id, 'r:' || role, count(DISTINCT article_id) FROM split WHERE role <> '' GROUP BY group_id, role;

UPDATE entity_group SET
  articles = (SELECT count(DISTINCT article_id) FROM entity WHERE group_id = entity_group.id),
  quotes = (SELECT count(*) FROM quote WHERE speaker_group = entity_group.id),
  events = (SELECT count(*) FROM event WHERE source_group = entity_group.id)
    + (SELECT count(*) FROM event WHERE target_group = entity_group.id AND source_group IS NOT entity_group.id),
  first_seen = (SELECT min(a.published) FROM entity n JOIN article a ON a.id = n.article_id
    WHERE n.group_id = entity_group.id),
  last_seen = (SELECT max(a.published) FROM entity n JOIN article a ON a.id = n.article_id
    WHERE n.group_id = entity_group.id),
  type = coalesce((SELECT substr(key, 3) FROM entity_count WHERE group_id = entity_group.id AND key >= 't:'
    AND key < 't;' ORDER BY n DESC, key LIMIT 1), 'MISC');
