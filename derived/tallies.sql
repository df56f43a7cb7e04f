-- table: tallies
-- description: One row per window and country: the figure presented for each core measure (chosen in
--   presented_figures), each with its wording in the column beside it ('more_than' = "more than"). Windows are
--   kept as CENTCOM published them and overlap (a quarter sits inside its half-year): never add rows up. Counts
--   are of U.S. and partner-force operations as CENTCOM reported them. Blank = not stated, never zero.
-- index: country
-- index: period_start, period_end
-- index: days
-- column: period_start date: First day of the window (YYYY-MM-DD).
-- column: period_end date: Last day of the window, inclusive (YYYY-MM-DD).
-- column: period text: The window in words ('July 2023', '29 August – 4 November 2024').
-- column: days integer: Length of the window in days.
-- column: country text: Iraq, Syria, or Total (CENTCOM's own overall figure, never a sum computed here).
-- column: operations integer: Operations, the total as CENTCOM stated it (operations). Blank where CENTCOM gave only partnered and U.S.-only counts: see operations_derived.
-- column: operations_qualifier text: Wording of operations: exact, at_least, more_than, nearly, approximately, up_to.
-- column: partnered_operations integer: Operations with partner forces (operations).
-- column: partnered_operations_qualifier text: Wording of partnered_operations: exact, at_least, more_than, nearly, approximately, up_to.
-- column: us_only_operations integer: U.S.-only (unilateral) operations (operations). Blank = not stated, never zero.
-- column: us_only_operations_qualifier text: Wording of us_only_operations: exact, at_least, more_than, nearly, approximately, up_to.
-- column: operations_derived integer: DERIVED here, not stated by CENTCOM: partnered_operations +
--   us_only_operations, only where CENTCOM stated both but no total. Blank otherwise.
-- column: operations_derived_qualifier text: Wording of operations_derived (from the wording of its two parts).
-- column: killed integer: ISIS operatives killed (people). Never a killed-or-captured figure: that is killed_or_detained.
-- column: killed_qualifier text: Wording of killed: exact, at_least, more_than, nearly, approximately, up_to.
-- column: detained integer: ISIS operatives detained or captured (people).
-- column: detained_qualifier text: Wording of detained: exact, at_least, more_than, nearly, approximately, up_to.
-- column: killed_or_detained integer: ISIS operatives killed or captured, where CENTCOM gave only the combined figure (people); never to be read as killed.
-- column: killed_or_detained_qualifier text: Wording of killed_or_detained: exact, at_least, more_than, nearly, approximately, up_to.
-- column: leaders_killed integer: Senior ISIS leaders killed (people), counted within killed where the release says so.
-- column: leaders_killed_qualifier text: Wording of leaders_killed: exact, at_least, more_than, nearly, approximately, up_to.
-- column: leaders_captured integer: Senior ISIS leaders captured (people), counted within detained where the release says so.
-- column: leaders_captured_qualifier text: Wording of leaders_captured: exact, at_least, more_than, nearly, approximately, up_to.
-- column: leaders_killed_or_captured integer: Senior ISIS leaders killed or captured, combined (people).
-- column: leaders_killed_or_captured_qualifier text: Wording of leaders_killed_or_captured: exact, at_least, more_than, nearly, approximately, up_to.
-- column: assessments text: The assessments of the figures in this row (primary, quoted), comma-separated.
-- column: contested_measures text: Measures of this row for which documents that are not misquoted give another
--   value or wording (see presented_figures.alternatives), comma-separated. Blank if none.
-- column: misquoted_measures text: Measures of this row that some document misquoted (kept in disagreements), comma-separated.
-- column: source_ids text: The documents the figures in this row were read in, comma-separated; each links to sources.
select period_start, period_end, period, days, country,
  max(case when measure = 'operations' then value end) as operations,
  max(case when measure = 'operations' then qualifier end) as operations_qualifier,
  max(case when measure = 'partnered_operations' then value end) as partnered_operations,
  max(case when measure = 'partnered_operations' then qualifier end) as partnered_operations_qualifier,
  max(case when measure = 'us_only_operations' then value end) as us_only_operations,
  max(case when measure = 'us_only_operations' then qualifier end) as us_only_operations_qualifier,
  case when max(measure = 'operations') = 0 and max(measure = 'partnered_operations') = 1
        and max(measure = 'us_only_operations') = 1
    then sum(case when measure in ('partnered_operations', 'us_only_operations') then value end) end
    as operations_derived,
  case when max(measure = 'operations') = 0 and max(measure = 'partnered_operations') = 1
        and max(measure = 'us_only_operations') = 1
    then sum_qualifier(case when measure in ('partnered_operations', 'us_only_operations') then qualifier end) end
    as operations_derived_qualifier,
  max(case when measure = 'killed' then value end) as killed,
  max(case when measure = 'killed' then qualifier end) as killed_qualifier,
  max(case when measure = 'detained' then value end) as detained,
  max(case when measure = 'detained' then qualifier end) as detained_qualifier,
  max(case when measure = 'killed_or_detained' then value end) as killed_or_detained,
  max(case when measure = 'killed_or_detained' then qualifier end) as killed_or_detained_qualifier,
  max(case when measure = 'leaders_killed' then value end) as leaders_killed,
  max(case when measure = 'leaders_killed' then qualifier end) as leaders_killed_qualifier,
  max(case when measure = 'leaders_captured' then value end) as leaders_captured,
  max(case when measure = 'leaders_captured' then qualifier end) as leaders_captured_qualifier,
  max(case when measure = 'leaders_killed_or_captured' then value end) as leaders_killed_or_captured,
  max(case when measure = 'leaders_killed_or_captured' then qualifier end) as leaders_killed_or_captured_qualifier,
  group_concat(distinct assessment) as assessments,
  group_concat(case when contested then measure end) as contested_measures,
  group_concat(case when misquoted_reports > 0 then measure end) as misquoted_measures,
  group_concat(distinct source_id) as source_ids
from (select * from presented_figures where measure in ('operations', 'partnered_operations', 'us_only_operations', 'killed', 'detained', 'killed_or_detained', 'leaders_killed', 'leaders_captured', 'leaders_killed_or_captured') order by measure, source_id)
group by period_start, period_end, country
order by period_start, period_end, case country when 'Iraq' then 0 when 'Syria' then 1 else 2 end
