-- The details of the papers an extract keeps (their ids in ego_papers), with their venue and
-- full author count (to tell a credit list cut at the neighbourhood's edge).
SELECT p.paper_id, p.dblp_key, p.type, p.title, p.year, v.name AS venue, p.author_count, p.source, p.line
FROM ego_papers k
JOIN papers p ON p.paper_id = k.paper_id
LEFT JOIN venues v ON v.venue_id = p.venue_id
ORDER BY p.paper_id
