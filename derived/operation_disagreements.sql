-- table: operation_disagreements
-- description: Announced operations for which another document gives other counts than the operations row (counts of the targeted group: see the operation's group).
-- index: operation_id
-- column: operation_id text: The operation; links to operations.
-- column: event_date date: Date of the operation (YYYY-MM-DD).
-- column: country text: Iraq or Syria.
-- column: source_id text: The document the operations row follows.
-- column: other_source_id text: The document that gives other counts.
-- column: killed integer: Killed in the operations row (people).
-- column: killed_qualifier text: Wording of killed in the operations row.
-- column: other_killed integer: Killed according to the other document (people).
-- column: detained integer: Detained in the operations row (people).
-- column: detained_qualifier text: Wording of detained in the operations row.
-- column: other_detained integer: Detained according to the other document (people).
-- column: us_killed integer: U.S. service members killed in the operations row (people).
-- column: other_us_killed integer: U.S. service members killed according to the other document (people).
-- column: us_wounded integer: U.S. service members wounded in the operations row (people).
-- column: other_us_wounded integer: U.S. service members wounded according to the other document (people).
-- column: note text: What the other document says differently, in our words.
select s.operation_id, s.event_date, s.country, s.source_id, r.source_id as other_source_id,
  s.killed, s.killed_qualifier, r.killed as other_killed,
  s.detained, s.detained_qualifier, r.detained as other_detained,
  s.us_killed, r.us_killed as other_us_killed,
  s.us_wounded, r.us_wounded as other_us_wounded,
  r.note
from operation_reports r join operations s on s.operation_id = r.operation_id
where (r.killed is not null and r.killed is not s.killed)
   or (r.detained is not null and r.detained is not s.detained)
   or (r.us_killed is not null and r.us_killed is not s.us_killed)
   or (r.us_wounded is not null and r.us_wounded is not s.us_wounded)
order by s.operation_id, r.source_id
