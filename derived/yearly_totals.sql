-- table: yearly_totals
-- description: DERIVED sums per calendar year, country and measure, for the public's "how many in <year>?".
--   Each sum adds CENTCOM's presented figures for calendar-month-aligned windows inside the year that do not
--   overlap: where one window contains another (a half-year and its quarter, a two-month tally and a monthly
--   split of it) only the containing window counts. Every row says which months it covers (coverage,
--   months_covered): a sum over fewer than 12 months is not a yearly total and complete is 0. Windows that
--   are not month-aligned (e.g. 29 August – 4 November 2024, or a 12-month window ending 30 December) are not
--   summed: see tallies and /key-figures. Only 2022-2024 have such windows.
-- index: year, country
-- index: measure
-- column: year text: Calendar year (YYYY).
-- column: country text: Iraq, Syria or Total (sums of CENTCOM's own Total figures; never Iraq + Syria added here).
-- column: measure text: What is counted; see measures.
-- column: value integer: DERIVED: the sum of the windows listed in coverage.
-- column: qualifier text: Wording of the sum: exact only if every figure in it is exact; at_least or more_than
--   if some are lower bounds; approximately if any is approximate.
-- column: as_stated text: Value and wording together ('at least 89').
-- column: months_covered integer: How many months of the year the summed windows cover.
-- column: complete integer: 1 if the windows cover all 12 months, else 0.
-- column: coverage text: The months the sum covers, e.g. 'January–February 2023, April–November 2023'.
-- column: windows integer: How many published windows were added up.
-- column: assessments text: Assessments of the figures added (primary, quoted).
-- column: source_ids text: The documents of the figures added, comma-separated.
with candidates as (
  select *,
    cast(substr(period_start, 1, 4) as integer) * 12 + cast(substr(period_start, 6, 2) as integer) as first_month,
    cast(substr(period_end, 1, 4) as integer) * 12 + cast(substr(period_end, 6, 2) as integer) as last_month
  from presented_figures
  where measure in ('operations', 'partnered_operations', 'us_only_operations', 'killed', 'detained',
                    'leaders_killed', 'leaders_captured')
    and substr(period_start, 9, 2) = '01' and period_end = date(period_end, 'start of month', '+1 month', '-1 day')
    and substr(period_start, 1, 4) = substr(period_end, 1, 4)
),
chosen as (
  select c.* from candidates c
  where not exists (
    select 1 from candidates o
    where o.country = c.country and o.measure = c.measure
      and o.period_start <= c.period_start and o.period_end >= c.period_end
      and (o.period_start != c.period_start or o.period_end != c.period_end))
),
runs as (
  select *, first_month - coalesce(sum(last_month - first_month + 1) over (
      partition by substr(period_start, 1, 4), country, measure order by first_month
      rows between unbounded preceding and 1 preceding), 0) as run
  from chosen
),
islands as (
  select substr(period_start, 1, 4) as year, country, measure, run,
    window_label(min(period_start), max(period_end)) as label, min(period_start) as starts
  from runs group by 1, 2, 3, 4
)
select substr(c.period_start, 1, 4) as year, c.country, c.measure,
  sum(c.value) as value, sum_qualifier(c.qualifier) as qualifier,
  as_stated(sum(c.value), sum_qualifier(c.qualifier)) as as_stated,
  sum(c.last_month - c.first_month + 1) as months_covered,
  sum(c.last_month - c.first_month + 1) = 12 as complete,
  (select group_concat(label, ', ') from (select label from islands i where i.year = substr(c.period_start, 1, 4)
     and i.country = c.country and i.measure = c.measure order by starts)) as coverage,
  count(*) as windows,
  group_concat(distinct c.assessment) as assessments,
  group_concat(distinct c.source_id) as source_ids
from (select * from chosen order by period_start, source_id) c
group by 1, 2, 3
order by year, case country when 'Iraq' then 0 when 'Syria' then 1 else 2 end,
  case measure when 'operations' then 0 when 'partnered_operations' then 1 when 'us_only_operations' then 2
    when 'killed' then 3 when 'detained' then 4 else 5 end, measure
