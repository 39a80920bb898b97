-- Authors an --ego argument names: by DBLP pid, or by normalised name (several for homonyms),
-- with their papers (author_papers, counted at import).
-- Parameters: :pid, :name_key.
SELECT a.author_id, a.author_key, a.pid, a.name, COALESCE(n.paper_count, 0) AS paper_count
FROM authors a
LEFT JOIN author_papers n ON n.author_id = a.author_id
WHERE a.pid = :pid OR a.name_key = :name_key
ORDER BY paper_count DESC, a.author_id
