-- Import staging tables (DuckDB): the reader appends parsed records here, one row per paper and
-- one per author credit; finalize.sql turns them into the corpus tables. Rejected records
-- are kept too, with file, line and reason, so that nothing read is lost silently.
DROP TABLE IF EXISTS papers;
DROP TABLE IF EXISTS authors;
DROP TABLE IF EXISTS authorships;
DROP TABLE IF EXISTS venues;
DROP TABLE IF EXISTS rejections;
DROP TABLE IF EXISTS papers_raw;
DROP TABLE IF EXISTS authorships_raw;
CREATE TABLE papers_raw (
  paper_id INTEGER NOT NULL,
  dblp_key VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  venue VARCHAR,
  source VARCHAR NOT NULL,
  line INTEGER NOT NULL
);
CREATE TABLE authorships_raw (
  paper_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  author_key VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  name_key VARCHAR NOT NULL,
  pid VARCHAR
);
CREATE TABLE rejections (
  source VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  dblp_key VARCHAR,
  reason VARCHAR NOT NULL
);
