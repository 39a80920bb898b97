-- Tables the ego extract reads instead of joining the whole corpus on every question, built
-- once at import (and by the extract for a corpus imported before they existed):
-- author_credits: every credit with its paper's slice attributes (year, author count, venue),
--   sorted by author, so a hop or a neighbourhood's credits need no join with papers, and the
--   credits of one author lie in one row group (min-max pruning).
-- author_papers: papers per author (all years and venues), for naming an ego.
-- Portable SQL (Spark runs it as it stands over the Parquet tables).
CREATE TABLE author_credits AS
SELECT s.author_id, s.paper_id, s.position, p.year, p.author_count, p.venue_id
FROM authorships s
JOIN papers p ON p.paper_id = s.paper_id
ORDER BY s.author_id, s.paper_id;

CREATE TABLE author_papers AS
SELECT author_id, COUNT(*) AS paper_count
FROM authorships
GROUP BY author_id
ORDER BY author_id;
