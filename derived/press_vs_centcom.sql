-- table: press_vs_centcom
-- description: Each figure an outlet or organisation published as its own count (assessment outlet_count),
--   beside CENTCOM's presented figure for exactly the same window, and beside the sum of CENTCOM's presented
--   single-month figures inside that window, which says how many of the window's months it rests on.
-- index: stated_by
-- column: period_start date: First day of the outlet's window (YYYY-MM-DD).
-- column: period_end date: Last day of the outlet's window (YYYY-MM-DD).
-- column: period text: The window in words.
-- column: country text: Iraq, Syria or Total.
-- column: measure text: What is counted.
-- column: press_value integer: The outlet's own figure.
-- column: press_qualifier text: Its wording.
-- column: stated_by text: Whose count it is: the outlet or organisation (not CENTCOM).
-- column: source_id text: The document the outlet's figure was read in.
-- column: centcom_same_window integer: CENTCOM's presented figure for exactly the same window, where one exists.
-- column: centcom_same_window_qualifier text: Its wording.
-- column: centcom_sum_of_months integer: DERIVED: sum of CENTCOM's presented single-month figures inside the window.
-- column: centcom_sum_qualifier text: Wording of that sum (exact only if every month in it is exact).
-- column: months_found integer: How many monthly figures went into that sum.
-- column: months_in_window integer: How many calendar months the window touches.
-- column: note text: Our note on the outlet's figure.
select p.period_start, p.period_end, window_label(p.period_start, p.period_end) as period, p.country, p.measure,
  p.value as press_value, p.qualifier as press_qualifier, p.stated_by, p.source_id,
  c.value as centcom_same_window, c.qualifier as centcom_same_window_qualifier,
  (select sum(m.value) from presented_figures m where m.country = p.country and m.measure = p.measure
     and m.period_start >= p.period_start and m.period_end <= p.period_end
     and substr(m.period_start, 9, 2) = '01'
     and m.period_end = date(m.period_start, '+1 month', '-1 day')) as centcom_sum_of_months,
  (select sum_qualifier(m.qualifier) from presented_figures m where m.country = p.country and m.measure = p.measure
     and m.period_start >= p.period_start and m.period_end <= p.period_end
     and substr(m.period_start, 9, 2) = '01'
     and m.period_end = date(m.period_start, '+1 month', '-1 day')) as centcom_sum_qualifier,
  (select count(*) from presented_figures m where m.country = p.country and m.measure = p.measure
     and m.period_start >= p.period_start and m.period_end <= p.period_end
     and substr(m.period_start, 9, 2) = '01'
     and m.period_end = date(m.period_start, '+1 month', '-1 day')) as months_found,
  (cast(strftime('%Y', p.period_end) as integer) - cast(strftime('%Y', p.period_start) as integer)) * 12
    + cast(strftime('%m', p.period_end) as integer) - cast(strftime('%m', p.period_start) as integer) + 1
    as months_in_window,
  p.note
from figures p
left join presented_figures c on c.period_start = p.period_start and c.period_end = p.period_end
  and c.country = p.country and c.measure = p.measure
where p.assessment = 'outlet_count'
order by p.period_start, p.period_end, p.country, p.measure, p.source_id
