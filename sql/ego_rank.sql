-- Rank the authors of an ego neighbourhood for a node budget and keep the first :max_authors
-- in ego_ranked: the ego, then by hop, then by joint papers inside the neighbourhood
-- (strength: on each of their papers in ego_members, its other members), then by id. Only
-- these authors' credits are read back, so an extract reads what its budget allows, not the
-- whole neighbourhood.
-- Parameters: :max_authors.
INSERT INTO ego_ranked
SELECT author_id, hop, strength, network_rank
FROM (
  SELECT author_id, hop, strength,
    ROW_NUMBER() OVER (ORDER BY hop, strength DESC, author_id) AS network_rank
  FROM (
    SELECT e.author_id, e.hop, COALESCE(SUM(s.members - 1), 0) AS strength
    FROM ego_reach e
    LEFT JOIN (
      SELECT c.author_id, m.members
      FROM ego_members m
      JOIN author_credits c ON c.paper_id = m.paper_id
    ) s ON s.author_id = e.author_id
    GROUP BY e.author_id, e.hop
  ) s
) r
WHERE network_rank <= :max_authors
