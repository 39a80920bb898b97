-- The details of the papers an extract keeps (after ego_included.sql: those taken in by the
-- first :kept_rank ranked authors), with their venue and full author count (to tell a credit
-- list cut at the neighbourhood's edge).
-- Parameters: :kept_rank.
SELECT p.paper_id, p.dblp_key, p.type, p.title, p.year, v.name AS venue, p.author_count, p.source, p.line
FROM ego_included k
JOIN papers p ON p.paper_id = k.paper_id
LEFT JOIN venues v ON v.venue_id = p.venue_id
WHERE k.inclusion_rank <= :kept_rank
ORDER BY p.paper_id
