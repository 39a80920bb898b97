-- The whole neighbourhood before any cut (after ego_members.sql): authors per hop, and the
-- papers it holds.
SELECT 'authors' AS counted, hop, COUNT(*) AS n FROM ego_reach GROUP BY hop
UNION ALL
SELECT 'papers' AS counted, NULL AS hop, COUNT(*) AS n FROM ego_members
