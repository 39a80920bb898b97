-- The credits of the ranked authors (after ego_rank.sql) on the neighbourhood's papers
-- (ego_members), with each author's rank, into ego_ranked_credits: gathered once for
-- ego_included.sql and ego_network.sql.
INSERT INTO ego_ranked_credits
SELECT c.paper_id, c.author_id, c.position, r.hop, r.network_rank
FROM ego_ranked r
JOIN author_credits c ON c.author_id = r.author_id
JOIN ego_members m ON m.paper_id = c.paper_id
