-- The ranked authors of an ego neighbourhood (after ego_rank.sql): hop, strength, name, pid.
SELECT r.author_id, r.hop, r.strength, a.name, a.pid
FROM ego_ranked r
JOIN authors a ON a.author_id = r.author_id
ORDER BY r.network_rank
