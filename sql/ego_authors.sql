-- The authors of an ego neighbourhood (after ego_step.sql) with their hop, name and pid.
SELECT e.author_id, e.hop, a.name, a.pid
FROM ego_nodes e
JOIN authors a ON a.author_id = e.author_id
ORDER BY e.hop, e.author_id
