-- Rank the authors of an ego neighbourhood for a node budget and keep the first :max_authors
-- in ego_ranked: the ego, then by hop, then by joint papers inside the neighbourhood
-- (strength), then by id. Only these authors' credits are read back, so an extract reads what
-- its budget allows, not the whole neighbourhood.
-- Parameters: :max_authors.
INSERT INTO ego_ranked
SELECT author_id, hop, strength, network_rank
FROM (
  SELECT author_id, hop, strength,
    ROW_NUMBER() OVER (ORDER BY hop, strength DESC, author_id) AS network_rank
  FROM (
    SELECT e.author_id, e.hop, COALESCE(SUM(c.members - 1), 0) AS strength
    FROM ego_nodes e
    LEFT JOIN ego_credits c ON c.author_id = e.author_id
    GROUP BY e.author_id, e.hop
  ) s
) r
WHERE network_rank <= :max_authors
