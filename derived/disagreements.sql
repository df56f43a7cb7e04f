-- table: disagreements
-- description: Every window, country and measure for which documents give different numbers or different
--   wording (CENTCOM against an outlet's own count, or two reports of the same CENTCOM statement), each
--   document's version labelled with its assessment, beside the figure the site presents.
-- index: measure, country
-- column: period_start date: First day of the window (YYYY-MM-DD).
-- column: period_end date: Last day of the window (YYYY-MM-DD).
-- column: period text: The window in words.
-- column: country text: Iraq, Syria or Total.
-- column: measure text: What is counted; see measures.
-- column: differs_in text: 'value' if the numbers differ, 'wording' if only the qualifiers do.
-- column: figures integer: How many figures documents give for this window, country and measure.
-- column: distinct_values integer: How many different numbers among them.
-- column: lowest integer: Smallest number given.
-- column: highest integer: Largest number given.
-- column: presented text: The figure the site presents as CENTCOM's, as worded, or blank if none is eligible.
-- column: presented_source_id text: The document of the presented figure.
-- column: misquoted integer: How many of the figures are assessed misquoted.
-- column: versions text: Every document's version: who stated it, its source_id, the figure as worded and its assessment.
select f.period_start, f.period_end, window_label(f.period_start, f.period_end) as period, f.country, f.measure,
  case when count(distinct f.value) > 1 then 'value' else 'wording' end as differs_in,
  count(*) as figures, count(distinct f.value) as distinct_values,
  min(f.value) as lowest, max(f.value) as highest,
  p.as_stated as presented, p.source_id as presented_source_id,
  sum(f.assessment = 'misquoted') as misquoted,
  group_concat(f.stated_by || ' via ' || f.source_id || ': ' || as_stated(f.value, f.qualifier)
               || ' [' || f.assessment || ']', '; ') as versions
from (select * from figures order by period_start, period_end, country, measure, source_id) f
left join presented_figures p on p.period_start = f.period_start and p.period_end = f.period_end
  and p.country = f.country and p.measure = f.measure
group by f.period_start, f.period_end, f.country, f.measure
having count(distinct f.value || ' ' || f.qualifier) > 1
order by f.period_start, f.period_end, case f.country when 'Iraq' then 0 when 'Syria' then 1 else 2 end, f.measure
