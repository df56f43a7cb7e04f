-- table: presented_figures
-- description: The one figure the site presents as CENTCOM's for each window, country and measure, chosen by
--   a single rule: only figures attributed to CENTCOM and assessed primary or quoted are eligible (never
--   misquoted, unconfirmed or an outlet's own count); CENTCOM's own text (primary) before a faithful quote
--   (quoted); among equals the earliest published document, then the lowest source_id. How many outlets
--   repeated a number plays no part. Every other figure stays in figures and disagreements.
-- index: country, measure
-- index: measure, period_start
-- index: source_id
-- column: period_start date: First day of the window (YYYY-MM-DD).
-- column: period_end date: Last day of the window, inclusive (YYYY-MM-DD).
-- column: period text: The window in words, e.g. 'July 2023', '2022', '29 August – 4 November 2024'.
-- column: days integer: Length of the window in days.
-- column: country text: Iraq, Syria, or Total (CENTCOM's own overall figure, never a sum computed here).
-- column: measure text: What is counted; see measures.
-- column: value integer: The figure as CENTCOM stated it.
-- column: qualifier text: Its wording: exact, at_least, more_than, nearly, approximately or up_to.
-- column: as_stated text: Value and wording together, as a reader would say it ('more than 20').
-- column: counted_as text: Who was counted, in the document's own noun ('terrorists', 'ISIS operatives'); see figures.counted_as.
-- column: in_words text: The figure as CENTCOM worded it, noun included ('more than 50 terrorists killed or detained (combined)').
-- column: assessment text: primary or quoted (see figures.assessment).
-- column: source_id text: The document the presented figure was read in; links to sources.
-- column: evidence text: The words of that document that state the figure (see figures.evidence).
-- column: evidence_url text: Link to the document that finds and highlights those words (see figures.evidence_url).
-- column: reports integer: How many documents attribute a figure for this window, country and measure to CENTCOM.
-- column: misquoted_reports integer: How many of them are assessed misquoted (kept in figures and disagreements, never presented).
-- column: contested integer: 1 where documents that are not misquoted still give another value or wording;
--   the alternatives column lists them. 0 otherwise.
-- column: alternatives text: The other values or wordings that documents not assessed misquoted give, each with its source_id.
with eligible as (
  select f.*, s.published,
    row_number() over (
      partition by f.period_start, f.period_end, f.country, f.measure
      order by case f.assessment when 'primary' then 0 else 1 end,
               coalesce(s.published, '9999-12-31'), f.source_id
    ) as rank
  from figures f join sources s on s.source_id = f.source_id
  where f.stated_by = 'CENTCOM' and f.assessment in ('primary', 'quoted')
),
chosen as (select * from eligible where rank = 1)
select c.period_start, c.period_end,
  window_label(c.period_start, c.period_end) as period,
  cast(julianday(c.period_end) - julianday(c.period_start) + 1 as integer) as days,
  c.country, c.measure, c.value, c.qualifier, as_stated(c.value, c.qualifier) as as_stated,
  c.counted_as, as_stated(c.value, c.qualifier) || ' ' || as_counted(m.label, c.counted_as) as in_words,
  c.assessment, c.source_id, c.evidence, c.evidence_url,
  (select count(*) from figures f where f.stated_by = 'CENTCOM' and f.period_start = c.period_start
     and f.period_end = c.period_end and f.country = c.country and f.measure = c.measure) as reports,
  (select count(*) from figures f where f.stated_by = 'CENTCOM' and f.assessment = 'misquoted'
     and f.period_start = c.period_start and f.period_end = c.period_end and f.country = c.country
     and f.measure = c.measure) as misquoted_reports,
  exists (select 1 from eligible e where e.period_start = c.period_start and e.period_end = c.period_end
     and e.country = c.country and e.measure = c.measure
     and (e.value != c.value or e.qualifier != c.qualifier)) as contested,
  (select group_concat(as_stated(e.value, e.qualifier) || ' (' || e.source_id || ')', '; ')
     from (select * from eligible order by source_id) e
     where e.period_start = c.period_start and e.period_end = c.period_end and e.country = c.country
       and e.measure = c.measure and (e.value != c.value or e.qualifier != c.qualifier)) as alternatives
from chosen c join measures m on m.measure = c.measure
order by c.period_start, c.period_end, case c.country when 'Iraq' then 0 when 'Syria' then 1 else 2 end, c.measure
