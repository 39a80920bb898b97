-- The credits of an ego neighbourhood (after ego_reach_credits.sql) into ego_credits: for
-- papers under the cap with at least two authors in ego_reach, or any paper of the ego (hop 0),
-- one row per credit to an author in ego_reach, with the paper's member count.
-- Parameters: :cap.
INSERT INTO ego_credits
SELECT r.paper_id, r.author_id, r.position, r.hop, m.members
FROM ego_reach_credits r
JOIN (
  SELECT paper_id, COUNT(*) AS members, MIN(hop) AS nearest
  FROM ego_reach_credits
  WHERE author_count <= :cap
  GROUP BY paper_id
) m ON m.paper_id = r.paper_id
WHERE m.members >= 2 OR m.nearest = 0
