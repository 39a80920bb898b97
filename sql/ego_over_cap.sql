-- Papers of the slice over the hyperauthorship cap that an ego neighbourhood's authors wrote
-- (after ego_step.sql): they add no coauthor links, so the extract leaves them out and says
-- how many.
-- Parameters: :cap, :from_year, :to_year, :venues ('' for every venue, else '|A|B|').
SELECT COUNT(DISTINCT c.paper_id) AS papers
FROM ego_reach e
JOIN author_credits c ON c.author_id = e.author_id
WHERE c.author_count > :cap
  AND c.year BETWEEN :from_year AND :to_year
  AND (:venues = '' OR c.venue_id IN (SELECT venue_id FROM venues WHERE instr(:venues, concat('|', name, '|')) > 0))
