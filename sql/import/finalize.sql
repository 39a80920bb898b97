-- From the staging tables to the corpus tables (DuckDB). Ids are dense integers so that the
-- joins of the queries stay narrow at DBLP scale; an author is one author_key (DBLP pid, else
-- the normalised name), shown under the spelling of their first paper; an author credited
-- twice on one paper counts once, at their first place.
CREATE TABLE venues AS
SELECT CAST(row_number() OVER (ORDER BY venue) AS INTEGER) AS venue_id, venue AS name, COUNT(*) AS paper_count
FROM papers_raw
WHERE venue IS NOT NULL
GROUP BY venue;

CREATE TABLE authors AS
SELECT
  CAST(row_number() OVER (ORDER BY author_key) AS INTEGER) AS author_id,
  author_key,
  max(pid) AS pid,
  arg_min(name, paper_id * 1000 + position) AS name,
  arg_min(name_key, paper_id * 1000 + position) AS name_key
FROM authorships_raw
GROUP BY author_key;

CREATE TABLE authorships AS
SELECT r.paper_id, a.author_id, CAST(min(r.position) AS INTEGER) AS position
FROM authorships_raw r
JOIN authors a ON a.author_key = r.author_key
GROUP BY r.paper_id, a.author_id;

CREATE TABLE papers AS
SELECT
  p.paper_id,
  p.dblp_key,
  p.type,
  p.title,
  p.year,
  v.venue_id,
  CAST(COALESCE(c.author_count, 0) AS INTEGER) AS author_count,
  p.source,
  p.line
FROM papers_raw p
LEFT JOIN venues v ON v.name = p.venue
LEFT JOIN (SELECT paper_id, COUNT(*) AS author_count FROM authorships GROUP BY paper_id) c
  ON c.paper_id = p.paper_id;

DROP TABLE papers_raw;
DROP TABLE authorships_raw;
