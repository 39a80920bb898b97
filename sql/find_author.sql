-- Authors an --ego argument names: by DBLP pid, or by normalised name (several for homonyms).
-- Parameters: :pid, :name_key.
SELECT a.author_id, a.author_key, a.pid, a.name, COUNT(s.paper_id) AS paper_count
FROM authors a
LEFT JOIN authorships s ON s.author_id = a.author_id
WHERE a.pid = :pid OR a.name_key = :name_key
GROUP BY a.author_id, a.author_key, a.pid, a.name
ORDER BY paper_count DESC, a.author_id
