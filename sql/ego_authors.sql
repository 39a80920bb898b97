-- The ranked authors of an ego neighbourhood (after ego_rank.sql): rank, hop, strength, name,
-- pid, in rank order.
SELECT r.network_rank, r.author_id, r.hop, r.strength, a.name, a.pid
FROM ego_ranked r
JOIN authors a ON a.author_id = r.author_id
ORDER BY r.network_rank
