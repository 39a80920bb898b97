-- Papers of the slice over the hyperauthorship cap that an ego neighbourhood's authors wrote:
-- they add no coauthor links, so the extract leaves them out and says how many.
-- Parameters: :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
SELECT COUNT(DISTINCT p.paper_id) AS papers
FROM papers p
LEFT JOIN venues v ON v.venue_id = p.venue_id
JOIN authorships s ON s.paper_id = p.paper_id
JOIN ego_nodes e ON e.author_id = s.author_id
WHERE p.author_count > :cap
  AND p.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR instr(:venues, concat('|', v.name, '|')) > 0)
