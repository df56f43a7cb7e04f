-- table: data_release
-- description: The release of the data this database was built from (one row): its version, date and
--   summary from releases.csv, the date of the newest figure, and how many rows each source table has.
--   The same version is in the site's footer, /-/data-release.json, an X-Data-Release header on every
--   response, and data/datapackage.json.
-- column: version text: Release version (see releases).
-- column: released date: Date of the release.
-- column: as_of date: The newest figure's date: the last day of the latest window in figures.
-- column: summary text: What the release added or changed.
-- column: figures integer: Rows in figures.
-- column: announced_operations integer: Rows in operations (operations CENTCOM announced one by one).
-- column: sources integer: Rows in sources.
-- column: events integer: Rows in events.
select version, released, (select max(period_end) from figures) as as_of, summary,
  (select count(*) from figures) as figures, (select count(*) from operations) as announced_operations,
  (select count(*) from sources) as sources, (select count(*) from events) as events
from releases where rowid = (select max(rowid) from releases)
