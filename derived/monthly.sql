-- table: monthly
-- description: The single-calendar-month rows of tallies: the monthly series, one row per month and country, each
--   figure with its wording beside it. Months CENTCOM did not publish have no row (it published months from
--   January to November 2023, September and October 2023 only combined, then longer windows): chart them on a
--   time axis so the gaps show, and use yearly_totals, not a sum of this table, for years.
-- index: country, month
-- column: month text: Calendar month (YYYY-MM).
-- column: period_start date: First day of the month (YYYY-MM-DD); a date column for time axes.
-- column: period_end date: Last day of the month (YYYY-MM-DD).
-- column: country text: Iraq, Syria or Total (CENTCOM's stated total).
-- column: operations integer: Operations, the total as stated (operations); blank where only partnered and U.S.-only counts were given.
-- column: operations_qualifier text: Wording of operations.
-- column: partnered_operations integer: Operations with partner forces (operations).
-- column: partnered_operations_qualifier text: Wording of partnered_operations.
-- column: us_only_operations integer: U.S.-only operations (operations); blank = not stated.
-- column: us_only_operations_qualifier text: Wording of us_only_operations.
-- column: operations_derived integer: DERIVED here: partnered + U.S.-only where CENTCOM stated both but no total.
-- column: operations_derived_qualifier text: Wording of operations_derived.
-- column: killed integer: ISIS operatives killed (people).
-- column: killed_qualifier text: Wording of killed.
-- column: detained integer: ISIS operatives detained (people).
-- column: detained_qualifier text: Wording of detained.
-- column: assessments text: Assessments of the figures in this row (primary, quoted).
-- column: contested_measures text: Measures for which other documents (not misquoted) give another value or wording.
-- column: source_ids text: The documents the figures come from, comma-separated.
select substr(period_start, 1, 7) as month, period_start, period_end, country,
  operations, operations_qualifier, partnered_operations, partnered_operations_qualifier,
  us_only_operations, us_only_operations_qualifier, operations_derived, operations_derived_qualifier,
  killed, killed_qualifier, detained, detained_qualifier, assessments, contested_measures, source_ids
from tallies
where substr(period_start, 9, 2) = '01' and period_end = date(period_start, '+1 month', '-1 day')
order by month, case country when 'Iraq' then 0 when 'Syria' then 1 else 2 end
