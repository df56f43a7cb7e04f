-- table: operations_by_month
-- description: DERIVED: operations against ISIS (group = 'ISIS'; operations against other groups are in operations,
--   facet group) that CENTCOM announced one by one, per month and country, with the casualties
--   those announcements state. Announcements are a selection (most operations are only counted in the
--   tallies), and an announcement that gives no number adds nothing to a sum: each sum says how many
--   announcements it rests on.
-- index: month
-- column: month text: Calendar month of the operation (YYYY-MM; the announcement month where no event date is given).
-- column: month_start date: First day of that month (YYYY-MM-DD), for time axes.
-- column: country text: Iraq or Syria.
-- column: operations_announced integer: Operations CENTCOM announced individually that month (count).
-- column: killed integer: DERIVED: sum of the ISIS killed those announcements state (people).
-- column: killed_qualifier text: Wording of that sum (exact only if every number in it is exact).
-- column: with_killed_figure integer: How many of the month's announcements state a killed figure.
-- column: detained integer: DERIVED: sum of the ISIS detained those announcements state (people).
-- column: detained_qualifier text: Wording of that sum.
-- column: with_detained_figure integer: How many of the month's announcements state a detained figure.
-- column: us_killed integer: Sum of U.S. service members killed stated (people).
-- column: us_wounded integer: Sum of U.S. service members wounded stated (people).
select substr(coalesce(event_date, announced), 1, 7) as month,
  substr(coalesce(event_date, announced), 1, 7) || '-01' as month_start, country,
  count(*) as operations_announced,
  sum(killed) as killed, sum_qualifier(case when killed is not null then coalesce(killed_qualifier, 'exact') end) as killed_qualifier,
  count(killed) as with_killed_figure,
  sum(detained) as detained, sum_qualifier(case when detained is not null then coalesce(detained_qualifier, 'exact') end) as detained_qualifier,
  count(detained) as with_detained_figure,
  sum(us_killed) as us_killed, sum(us_wounded) as us_wounded
from operations
where "group" = 'ISIS'
group by month, country
order by month, country
