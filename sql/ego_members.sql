-- The papers of an ego neighbourhood (after ego_step.sql) into ego_members: papers of the
-- slice under the cap with at least two authors in ego_reach (members), or any paper of the
-- ego (nearest hop 0). One pass over the neighbourhood's credits; the later steps join this
-- table instead of counting members per credit again.
-- Parameters: :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
INSERT INTO ego_members
SELECT c.paper_id, COUNT(*) AS members, MIN(e.hop) AS nearest
FROM ego_reach e
JOIN author_credits c ON c.author_id = e.author_id
WHERE c.author_count <= :cap
  AND c.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR c.venue_id IN (SELECT venue_id FROM venues WHERE instr(:venues, concat('|', name, '|')) > 0))
GROUP BY c.paper_id
HAVING COUNT(*) >= 2 OR MIN(e.hop) = 0
