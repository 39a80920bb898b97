-- For each paper of the ranked authors (after ego_ranked_credits.sql), the rank at which the
-- node budget's cut takes it in, into ego_included: the ego's papers with the ego (rank 1),
-- any other paper with its second ranked author; papers with one ranked author (not the ego)
-- never come in. Keeping the first N ranked authors keeps exactly the papers of rank <= N,
-- so the cut is chosen from the count of papers per rank instead of from every credit.
INSERT INTO ego_included
SELECT paper_id, inclusion_rank
FROM (
  SELECT f.paper_id,
    CASE WHEN f.first_rank = 1 THEN 1 ELSE MIN(rc.network_rank) END AS inclusion_rank
  FROM (
    SELECT paper_id, MIN(network_rank) AS first_rank
    FROM ego_ranked_credits
    GROUP BY paper_id
  ) f
  LEFT JOIN ego_ranked_credits rc ON rc.paper_id = f.paper_id AND rc.network_rank > f.first_rank
  GROUP BY f.paper_id, f.first_rank
) i
WHERE inclusion_rank IS NOT NULL
