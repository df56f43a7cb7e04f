-- table: window_rates
-- description: DERIVED rates that make windows of different lengths comparable without adding overlapping
--   windows: each presented CENTCOM figure for operations, killed, detained or killed-or-captured divided by the
--   window's length, per 30 days. A rate is our arithmetic, not CENTCOM's, and assumes nothing about how the
--   activity was spread inside the window. Windows still overlap: compare rates, never add them.
-- index: measure, country
-- column: period_start date: First day of the window (YYYY-MM-DD).
-- column: period_end date: Last day of the window (YYYY-MM-DD).
-- column: period text: The window in words.
-- column: days integer: Length of the window in days.
-- column: country text: Iraq, Syria or Total.
-- column: measure text: operations, killed, detained or killed_or_detained.
-- column: value integer: The figure as CENTCOM stated it for the whole window.
-- column: qualifier text: Its wording (the rate carries the same wording).
-- column: as_stated text: Value and wording together ('more than 20').
-- column: in_words text: The figure as CENTCOM worded it, in the document's own noun ('more than 20 terrorists killed').
-- column: per_30_days real: DERIVED: value × 30 / days, rounded to one decimal.
-- column: assessment text: primary or quoted (see figures.assessment).
-- column: source_id text: The document the figure was read in.
select period_start, period_end, period, days, country, measure, value, qualifier, as_stated, in_words,
  round(value * 30.0 / days, 1) as per_30_days, assessment, source_id
from presented_figures
where measure in ('operations', 'killed', 'detained', 'killed_or_detained')
order by measure, period_start, period_end, case country when 'Iraq' then 0 when 'Syria' then 1 else 2 end
