-- The credits among the ranked authors (after ego_rank.sql): papers with at least two of them,
-- or the ego's, one row per credit to a ranked author, in paper and author-list order.
SELECT paper_id, author_id, position, hop
FROM (
  SELECT c.paper_id, c.author_id, c.position, c.hop,
    COUNT(*) OVER (PARTITION BY c.paper_id) AS members,
    MIN(c.hop) OVER (PARTITION BY c.paper_id) AS nearest
  FROM ego_credits c
  JOIN ego_ranked r ON r.author_id = c.author_id
) m
WHERE members >= 2 OR nearest = 0
ORDER BY paper_id, position
