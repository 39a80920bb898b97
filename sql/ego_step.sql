-- One hop of a k-hop ego neighbourhood: adds to ego_nodes (author_id, hop) every author who
-- shares a paper of the slice under the cap with an author found at hop :hop - 1. Run it
-- for :hop = 1 .. k after seeding ego_nodes with (ego, 0); Spark runs it on a managed table.
-- Parameters: :hop, :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
INSERT INTO ego_nodes
SELECT DISTINCT a2.author_id, :hop AS hop
FROM ego_nodes e
JOIN authorships a1 ON a1.author_id = e.author_id
JOIN papers p ON p.paper_id = a1.paper_id
LEFT JOIN venues v ON v.venue_id = p.venue_id
JOIN authorships a2 ON a2.paper_id = p.paper_id
WHERE e.hop = :hop - 1
  AND p.author_count <= :cap
  AND p.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR instr(:venues, concat('|', v.name, '|')) > 0)
  AND a2.author_id NOT IN (SELECT author_id FROM ego_nodes)
