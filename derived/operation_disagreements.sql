-- table: strike_disagreements
-- description: Announced operations for which another document gives other counts than the strikes row.
-- index: strike_id
-- column: strike_id text: The operation; links to strikes.
-- column: event_date date: Date of the operation (YYYY-MM-DD).
-- column: country text: Iraq or Syria.
-- column: source_id text: The document the strikes row follows.
-- column: other_source_id text: The document that gives other counts.
-- column: isis_killed integer: ISIS killed in the strikes row (people).
-- column: isis_killed_qualifier text: Wording of isis_killed in the strikes row.
-- column: other_isis_killed integer: ISIS killed according to the other document (people).
-- column: isis_detained integer: ISIS detained in the strikes row (people).
-- column: isis_detained_qualifier text: Wording of isis_detained in the strikes row.
-- column: other_isis_detained integer: ISIS detained according to the other document (people).
-- column: us_killed integer: U.S. service members killed in the strikes row (people).
-- column: other_us_killed integer: U.S. service members killed according to the other document (people).
-- column: us_wounded integer: U.S. service members wounded in the strikes row (people).
-- column: other_us_wounded integer: U.S. service members wounded according to the other document (people).
-- column: note text: What the other document says differently, in our words.
select s.strike_id, s.event_date, s.country, s.source_id, r.source_id as other_source_id,
  s.isis_killed, s.isis_killed_qualifier, r.isis_killed as other_isis_killed,
  s.isis_detained, s.isis_detained_qualifier, r.isis_detained as other_isis_detained,
  s.us_killed, r.us_killed as other_us_killed,
  s.us_wounded, r.us_wounded as other_us_wounded,
  r.note
from strike_reports r join strikes s on s.strike_id = r.strike_id
where (r.isis_killed is not null and r.isis_killed is not s.isis_killed)
   or (r.isis_detained is not null and r.isis_detained is not s.isis_detained)
   or (r.us_killed is not null and r.us_killed is not s.us_killed)
   or (r.us_wounded is not null and r.us_wounded is not s.us_wounded)
order by s.strike_id, r.source_id
