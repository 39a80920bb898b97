-- The credits of an ego neighbourhood (after ego_step.sql) into ego_credits: for papers of the
-- slice under the cap with at least two authors in ego_nodes, or any paper of the ego (hop 0),
-- one row per credit to an author in ego_nodes, with the paper's member count.
-- Parameters: :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
INSERT INTO ego_credits
SELECT paper_id, author_id, position, hop, members
FROM (
  SELECT s.paper_id, s.author_id, s.position, e.hop,
    COUNT(*) OVER (PARTITION BY s.paper_id) AS members,
    MIN(e.hop) OVER (PARTITION BY s.paper_id) AS nearest
  FROM ego_nodes e
  JOIN authorships s ON s.author_id = e.author_id
  JOIN papers p ON p.paper_id = s.paper_id
  LEFT JOIN venues v ON v.venue_id = p.venue_id
  WHERE p.author_count <= :cap
    AND p.year BETWEEN :from_year AND :to_year
    AND (:venues = '' OR instr(:venues, concat('|', v.name, '|')) > 0)
) m
WHERE members >= 2 OR nearest = 0
