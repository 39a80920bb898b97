-- Papers the cut takes in with each ranked author (after ego_included.sql): the budget's
-- arithmetic reads these few rows, not the credits.
SELECT inclusion_rank, COUNT(*) AS papers
FROM ego_included
GROUP BY inclusion_rank
ORDER BY inclusion_rank
