// Slogans a district or city launched and which of its streets (or districts) took them up.
// A slogan counts as launched by the body when its own reports used it no later than any of
// its member places did; membership is taken in the year the member first used the slogan.
// @zh 区或市率先提出的口号，以及其下哪些街道（或区县）随后采用。主体自身报告使用该口号不晚于其任何下属地点时，算作由该主体提出。
// @param place string  the district's or city's id or name (萧山区)
// @column slogan string  the slogan
// @column launchedYear integer  first year the body's own reports use it (null when they never do)
// @column origin string  the level that launched it, where a text says so
// @column takenUpBy list<map>  member places that adopted it: place, firstYear
MATCH (body:Place)
WHERE body.id = $place OR body.name = $place
MATCH (member:Place)-[m:PART_OF*1..2]->(body)
MATCH (member)-[a:ADOPTS]->(s:Slogan)
WHERE all(r IN m WHERE (r.since IS NULL OR r.since <= a.firstYear) AND (r.until IS NULL OR r.until >= a.firstYear))
OPTIONAL MATCH (body)-[own:ADOPTS]->(s)
WITH body, s, own, collect(DISTINCT {place: member.name, firstYear: a.firstYear}) AS takenUpBy,
     min(a.firstYear) AS firstMemberYear
WHERE (own IS NOT NULL AND own.firstYear <= firstMemberYear) OR s.origin = body.level
RETURN s.name AS slogan, own.firstYear AS launchedYear, s.origin AS origin, takenUpBy
ORDER BY size(takenUpBy) DESC, slogan
