-- The papers and credits of an ego neighbourhood (after ego_step.sql): papers of the slice
-- under the cap with at least two authors in ego_nodes, or any paper of the ego (hop 0),
-- with their credits to authors in ego_nodes, in paper and author-list order.
-- Parameters: :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
WITH slice AS (
  SELECT p.paper_id
  FROM papers p
  LEFT JOIN venues v ON v.venue_id = p.venue_id
  WHERE p.author_count <= :cap
    AND p.year BETWEEN :from_year AND :to_year
    AND (:venues = '' OR instr(:venues, concat('|', v.name, '|')) > 0)
),
member AS (
  SELECT s.paper_id, s.author_id, s.position, e.hop
  FROM authorships s
  JOIN ego_nodes e ON e.author_id = s.author_id
  JOIN slice ON slice.paper_id = s.paper_id
),
kept AS (
  SELECT paper_id FROM member GROUP BY paper_id HAVING COUNT(*) >= 2 OR MIN(hop) = 0
)
SELECT p.paper_id, p.dblp_key, p.type, p.title, p.year, v.name AS venue, p.author_count,
  p.source, p.line, m.author_id, m.position, m.hop, a.name, a.pid
FROM kept k
JOIN papers p ON p.paper_id = k.paper_id
LEFT JOIN venues v ON v.venue_id = p.venue_id
JOIN member m ON m.paper_id = k.paper_id
JOIN authors a ON a.author_id = m.author_id
ORDER BY p.paper_id, m.position
