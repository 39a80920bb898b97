-- The network an extract keeps, once the cut is chosen (after ego_included.sql): the papers
-- taken in by the first :kept_rank ranked authors, one row per credit to one of those
-- authors, in paper and author-list order.
-- Parameters: :kept_rank.
SELECT rc.paper_id, rc.author_id, rc.position, rc.hop
FROM ego_ranked_credits rc
JOIN ego_included k ON k.paper_id = rc.paper_id
WHERE k.inclusion_rank <= :kept_rank
  AND rc.network_rank <= :kept_rank
ORDER BY rc.paper_id, rc.position
