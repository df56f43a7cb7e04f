-- table: running_totals
-- description: Year-to-date sums of the monthly series per calendar year and country. Each sum says how many
--   months it rests on (operations_months ...): where that is below months_elapsed, months are missing and
--   the running total is too low. The wording of a sum is 'exact' only if every month in it is exact.
-- index: year, country
-- column: month text: Calendar month (YYYY-MM) the running total runs to.
-- column: year text: Calendar year (YYYY).
-- column: country text: Iraq, Syria or Total.
-- column: months_elapsed integer: Month number within the year (1-12): how many months the running total would rest on if none were missing.
-- column: operations_ytd integer: DERIVED: sum of the stated monthly operations so far this year (operations).
-- column: operations_ytd_qualifier text: Wording of that sum (exact only if every month in it is exact).
-- column: operations_months integer: How many months of this year so far have a stated operations figure.
-- column: killed_ytd integer: DERIVED: sum of the monthly killed figures so far this year (people).
-- column: killed_ytd_qualifier text: Wording of that sum.
-- column: killed_months integer: How many months of this year so far have a killed figure.
-- column: detained_ytd integer: DERIVED: sum of the monthly detained figures so far this year (people).
-- column: detained_ytd_qualifier text: Wording of that sum.
-- column: detained_months integer: How many months of this year so far have a detained figure.
select month, substr(month, 1, 4) as year, country,
  cast(substr(month, 6, 2) as integer) as months_elapsed,
  sum(operations) over w as operations_ytd,
  (select sum_qualifier(q.operations_qualifier) from monthly q where q.country = m.country
     and q.month between substr(m.month, 1, 4) || '-01' and m.month) as operations_ytd_qualifier,
  count(operations) over w as operations_months,
  sum(killed) over w as killed_ytd,
  (select sum_qualifier(q.killed_qualifier) from monthly q where q.country = m.country
     and q.month between substr(m.month, 1, 4) || '-01' and m.month) as killed_ytd_qualifier,
  count(killed) over w as killed_months,
  sum(detained) over w as detained_ytd,
  (select sum_qualifier(q.detained_qualifier) from monthly q where q.country = m.country
     and q.month between substr(m.month, 1, 4) || '-01' and m.month) as detained_ytd_qualifier,
  count(detained) over w as detained_months
from monthly m
window w as (partition by substr(month, 1, 4), country order by month
             rows between unbounded preceding and current row)
order by month, case country when 'Iraq' then 0 when 'Syria' then 1 else 2 end
