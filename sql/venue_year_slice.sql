-- Venue/year slices: papers, author credits and distinct authors per venue and year.
-- Parameters: :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
SELECT v.name AS venue, p.year, COUNT(DISTINCT p.paper_id) AS papers, COUNT(s.author_id) AS authorships,
  COUNT(DISTINCT s.author_id) AS authors
FROM papers p
JOIN venues v ON v.venue_id = p.venue_id
LEFT JOIN authorships s ON s.paper_id = p.paper_id
WHERE p.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR instr(:venues, concat('|', v.name, '|')) > 0)
GROUP BY v.name, p.year
ORDER BY venue, p.year
