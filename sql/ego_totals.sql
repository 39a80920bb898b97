-- The whole neighbourhood before any cut (after ego_credits.sql): authors per hop, and the
-- papers it holds.
SELECT 'authors' AS counted, hop, COUNT(*) AS n FROM ego_nodes GROUP BY hop
UNION ALL
SELECT 'papers' AS counted, NULL AS hop, COUNT(DISTINCT paper_id) AS n FROM ego_credits
