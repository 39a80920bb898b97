-- One hop of a k-hop ego neighbourhood: adds to ego_reach (author_id, hop) every author who
-- shares a paper of the slice under the cap with an author found at hop :hop - 1. Run it
-- for :hop = 1 .. k after seeding ego_reach with (ego, 0); Spark runs it on a managed table.
-- Reads author_credits (sql/import/extract_tables.sql), whose rows carry their paper's year,
-- author count and venue: the hop joins no papers, and the venues only as a small semi-join.
-- Parameters: :hop, :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
INSERT INTO ego_reach
SELECT DISTINCT c2.author_id, :hop AS hop
FROM ego_reach e
JOIN author_credits c ON c.author_id = e.author_id
JOIN author_credits c2 ON c2.paper_id = c.paper_id
WHERE e.hop = :hop - 1
  AND c.author_count <= :cap
  AND c.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR c.venue_id IN (SELECT venue_id FROM venues WHERE instr(:venues, concat('|', name, '|')) > 0))
  AND c2.author_id NOT IN (SELECT author_id FROM ego_reach)
