-- Per-author paper counts and active years in a slice, most productive first.
-- Parameters: :from_year, :to_year, :venues ('' for every venue, else '|A|B|'), :min_papers.
SELECT a.author_id, a.name, a.pid, COUNT(*) AS paper_count, MIN(p.year) AS first_year, MAX(p.year) AS last_year
FROM authors a
JOIN authorships s ON s.author_id = a.author_id
JOIN papers p ON p.paper_id = s.paper_id
LEFT JOIN venues v ON v.venue_id = p.venue_id
WHERE p.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR instr(:venues, concat('|', v.name, '|')) > 0)
GROUP BY a.author_id, a.name, a.pid
HAVING COUNT(*) >= :min_papers
ORDER BY paper_count DESC, a.author_id
