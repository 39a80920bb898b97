-- Coauthor projection of a slice: one row per pair of authors who share a paper, weighted by
-- their joint papers (source_id < target_id). Hyperauthorship cap: a paper with more than
-- :cap authors adds no pair at all (as the app's own projection does).
-- Parameters: :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
-- Portable SQL: DuckDB and Spark SQL both run it over the same Parquet tables.
SELECT a1.author_id AS source_id, a2.author_id AS target_id, COUNT(*) AS weight
FROM papers p
LEFT JOIN venues v ON v.venue_id = p.venue_id
JOIN authorships a1 ON a1.paper_id = p.paper_id
JOIN authorships a2 ON a2.paper_id = p.paper_id AND a1.author_id < a2.author_id
WHERE p.author_count <= :cap
  AND p.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR instr(:venues, concat('|', v.name, '|')) > 0)
GROUP BY a1.author_id, a2.author_id
ORDER BY source_id, target_id
