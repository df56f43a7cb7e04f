-- table: totals_check
-- description: Each document's stated Total beside the sum of the same document's own Iraq and Syria figures
--   for the same window and measure: matches, differs, or incomplete (a country figure is missing, so no sum).
-- index: status
-- column: source_id text: The document whose total and country figures are compared; links to sources.
-- column: period_start date: First day of the window (YYYY-MM-DD).
-- column: period_end date: Last day of the window (YYYY-MM-DD).
-- column: measure text: What is counted.
-- column: stated_total integer: The Total the document states.
-- column: total_qualifier text: Wording of that total.
-- column: assessment text: Assessment of the total's row (see figures.assessment).
-- column: iraq integer: The same document's Iraq figure.
-- column: syria integer: The same document's Syria figure.
-- column: sum_of_countries integer: DERIVED: iraq + syria.
-- column: difference integer: DERIVED: stated_total minus sum_of_countries.
-- column: status text: matches, differs or incomplete.
select t.source_id, t.period_start, t.period_end, t.measure,
  t.value as stated_total, t.qualifier as total_qualifier, t.assessment,
  i.value as iraq, s.value as syria,
  case when i.value is not null and s.value is not null then i.value + s.value end as sum_of_countries,
  case when i.value is not null and s.value is not null then t.value - (i.value + s.value) end as difference,
  case
    when i.value is null or s.value is null then 'incomplete'
    when t.value = i.value + s.value then 'matches'
    else 'differs'
  end as status
from figures t
left join figures i on i.source_id = t.source_id and i.period_start = t.period_start
  and i.period_end = t.period_end and i.measure = t.measure and i.country = 'Iraq'
left join figures s on s.source_id = t.source_id and s.period_start = t.period_start
  and s.period_end = t.period_end and s.measure = t.measure and s.country = 'Syria'
where t.country = 'Total'
order by t.period_start, t.period_end, t.source_id, t.measure
