#!/usr/bin/env python3
"""Validate the canonical CSVs in data/ and build centcom.db from them.

    python build_db.py                 # validate data/, then build centcom.db + centcom.inspect.json
    python build_db.py --check         # validate only, write nothing
    python build_db.py --data DIR --db PATH

The schema lives in data/datapackage.json (a Frictionless Data Package); this
script reads that descriptor and checks every CSV against it, plus the rules a
schema cannot express (see `extra_checks`).  Every problem is reported in one
run as `file:line: column 'name': what is wrong`, and the build then exits 1
without touching the previously built database.  Only when everything passes is
the new database written to a temporary file and moved into place atomically,
together with the inspect file Datasette uses for instant row counts.

The SQL views the site serves (tallies, disagreements, ...) are in `VIEWS`
below; derived numbers live only there, never in the CSVs.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

import serve

ROOT = Path(__file__).resolve().parent
DATA_DIR = ROOT / "data"
DB_PATH = ROOT / "centcom.db"

# Text that a spreadsheet would run as a formula when someone opens our CSV export.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SQL_TYPES = {"string": str, "integer": int, "date": str}


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        col = f" column '{self.column}':" if self.column else ""
        return f"{where}:{col} {self.message}"


class BuildError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Table:
    name: str
    path: Path
    label: str  # the path as shown in messages, e.g. data/figures.csv
    schema: dict
    rows: list[dict]  # typed values, None for empty
    lines: list[int]  # the line each row starts on
    readable: bool = True  # False when the file itself could not be read (then no rows)

    @property
    def fields(self) -> list[dict]:
        return self.schema["fields"]


# --------------------------------------------------------------------- reading


def load_package(data_dir: Path) -> dict:
    path = data_dir / "datapackage.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildError([Problem(_label(path), 0, "", "file not found")])
    except json.JSONDecodeError as e:
        raise BuildError([Problem(_label(path), e.lineno, "", f"invalid JSON: {e.msg}")])


def _label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def check_value(field: dict, raw: str) -> tuple[object, str | None]:
    """Convert one CSV cell to its typed value; return (value, problem or None)."""
    c = field.get("constraints", {})
    if raw != raw.strip():
        return None, f"value {raw!r} has leading or trailing whitespace"
    if raw == "":
        return None, ("is required but empty" if c.get("required") else None)
    if CONTROL.search(raw):
        return None, "contains a control character (tab or line break)"
    ftype = field.get("type", "string")
    value: object = raw
    if ftype == "integer":
        if not re.fullmatch(r"-?[0-9]+", raw):
            return None, f"expected a whole number, got {raw!r}"
        value = int(raw)
        if "minimum" in c and value < c["minimum"]:
            return None, f"must be at least {c['minimum']}, got {value}"
    elif ftype == "date":
        try:
            if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
                raise ValueError
            dt.date.fromisoformat(raw)
        except ValueError:
            return None, f"expected a real date as YYYY-MM-DD, got {raw!r}"
    elif ftype == "string":
        if raw.startswith(FORMULA_START):
            return None, (
                f"text must not start with {raw[0]!r}: spreadsheets run it as a formula "
                "when the CSV export is opened (reword, e.g. start with a letter)"
            )
    if "enum" in c and value not in c["enum"]:
        return None, f"{raw!r} is not one of: {', '.join(c['enum'])}"
    if "pattern" in c and not re.fullmatch(c["pattern"], raw):
        return None, f"{raw!r} does not match the pattern {c['pattern']}"
    return value, None


def read_table(data_dir: Path, resource: dict, problems: list[Problem]) -> Table:
    path = data_dir / resource["path"]
    label = _label(path)
    schema = resource["schema"]
    table = Table(resource["name"], path, label, schema, [], [])
    names = [f["name"] for f in schema["fields"]]
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(label, 0, "", "file not found"))
        table.readable = False
        return table
    try:
        # utf-8-sig accepts a byte-order mark; newline="" lets csv accept CRLF too.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        problems.append(Problem(label, line, "", f"not valid UTF-8 (byte {raw[e.start]:#04x}); save the file as UTF-8"))
        table.readable = False
        return table
    with io.StringIO(text, newline="") as fp:
        reader = csv.reader(fp, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as e:
            problems.append(Problem(label, 1, "", f"cannot read the header row: {e}"))
            table.readable = False
            return table
        if not header:
            problems.append(
                Problem(label, 1, "", f"file is empty: expected a header row: {','.join(names)}")
            )
            table.readable = False
            return table
        missing = [n for n in names if n not in header]
        extra = [h for h in header if h not in names]
        dupes = sorted({h for h in header if header.count(h) > 1})
        for n in missing:
            problems.append(Problem(label, 1, n, "missing column in the header row"))
        for h in extra:
            problems.append(
                Problem(label, 1, h, "unexpected column (not in datapackage.json; "
                        "check spelling and stray spaces)")
            )
        for h in dupes:
            problems.append(Problem(label, 1, h, "column appears more than once"))
        if missing or extra or dupes:
            table.readable = False
            return table
        fields = {f["name"]: f for f in schema["fields"]}
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                problems.append(
                    Problem(label, line, "", f"malformed CSV ({e}); check for an unterminated quote")
                )
                break
            start, line = line, reader.line_num + 1
            if not cells:
                problems.append(Problem(label, start, "", "blank line"))
                continue
            if len(cells) != len(header):
                problems.append(
                    Problem(label, start, "", f"row has {len(cells)} fields, the header has {len(header)}")
                )
                continue
            row = {}
            for name, raw in zip(header, cells):
                value, problem = check_value(fields[name], raw)
                if problem:
                    problems.append(Problem(label, start, name, problem))
                row[name] = value
            table.rows.append(row)
            table.lines.append(start)
    return table


# ----------------------------------------------------------- cross-row checks


def check_keys(tables: dict[str, Table], problems: list[Problem]) -> None:
    for t in tables.values():
        pk = t.schema.get("primaryKey", [])
        unique = [[f["name"]] for f in t.fields if f.get("constraints", {}).get("unique")]
        for key in ([pk] if pk else []) + [u for u in unique if u != pk]:
            seen: dict[tuple, int] = {}
            for row, line in zip(t.rows, t.lines):
                k = tuple(row[c] for c in key)
                if None in k:
                    continue
                if k in seen:
                    problems.append(
                        Problem(t.label, line, key[-1],
                                f"duplicate key ({', '.join(key)}) = {k!r}; first on line {seen[k]}")
                    )
                else:
                    seen[k] = line
        for fk in t.schema.get("foreignKeys", []):
            ref = tables.get(fk["reference"]["resource"])
            if ref is None or not ref.readable:
                continue  # that file's own problem is reported; don't flag every reference to it
            known = {tuple(r[c] for c in fk["reference"]["fields"]) for r in ref.rows}
            for row, line in zip(t.rows, t.lines):
                k = tuple(row[c] for c in fk["fields"])
                if None not in k and k not in known:
                    problems.append(
                        Problem(t.label, line, fk["fields"][-1],
                                f"{k[-1]!r} is not in {ref.label} ({', '.join(fk['reference']['fields'])})")
                    )


def extra_checks(tables: dict[str, Table], problems: list[Problem]) -> None:
    """Rules a Table Schema cannot express."""
    figures, strikes = tables.get("figures"), tables.get("strikes")
    if figures:
        for row, line in zip(figures.rows, figures.lines):
            s, e = row.get("period_start"), row.get("period_end")
            if s and e and s > e:
                problems.append(Problem(figures.label, line, "period_end",
                                        f"period_end {e} is before period_start {s}"))
    if strikes:
        for row, line in zip(strikes.rows, strikes.lines):
            ev, an = row.get("event_date"), row.get("announced")
            if ev and an and ev > an:
                problems.append(Problem(strikes.label, line, "event_date",
                                        f"event_date {ev} is after the announcement date {an}"))
            for n in ("isis_killed", "isis_detained"):
                if row.get(f"{n}_qualifier") and row.get(n) is None:
                    problems.append(Problem(strikes.label, line, f"{n}_qualifier",
                                            f"a qualifier is given but {n} is empty"))
            sid = row.get("strike_id") or ""
            if ev and not sid.startswith("op-" + ev.replace("-", "")):
                problems.append(Problem(strikes.label, line, "strike_id",
                                        f"{sid!r} should start with op-{ev.replace('-', '')} (its event_date)"))
    sources = tables.get("sources")
    if sources:
        for row, line in zip(sources.rows, sources.lines):
            if row.get("release_number") and row.get("publisher") != "U.S. Central Command":
                problems.append(Problem(sources.label, line, "release_number",
                                        "only CENTCOM's own documents carry a release number"))


def validate(data_dir: Path = DATA_DIR) -> dict[str, Table]:
    package = load_package(data_dir)
    problems: list[Problem] = []
    tables = {r["name"]: read_table(data_dir, r, problems) for r in package["resources"]}
    check_keys(tables, problems)
    extra_checks(tables, problems)
    if problems:
        raise BuildError(problems)
    return tables


# ---------------------------------------------------------------------- views
# Which of several reports of the same CENTCOM figure the tallies use: CENTCOM's own page first,
# then an official post, then the value the most news reports agree on, then the earliest report.
_CENTCOM_FIGURES = """
select *,
  row_number() over (
    partition by period_start, period_end, country, measure
    order by case source_kind when 'press_release' then 0 when 'official_post' then 1 else 2 end,
             sources_agreeing desc, coalesce(source_published, '9999'), source_id
  ) as preference
from (
  select f.*, s.kind as source_kind, s.published as source_published,
    count(*) over (partition by f.period_start, f.period_end, f.country, f.measure, f.value)
      as sources_agreeing
  from figures f join sources s on s.source_id = f.source_id
  where f.stated_by = 'CENTCOM'
)
"""

MEASURES = ["operations", "partnered_operations", "us_only_operations",
            "killed", "detained", "leaders_killed", "leaders_captured"]


def _pivot(alias: str = "") -> str:
    p = f"{alias}." if alias else ""
    return ",\n  ".join(
        f"max(case when {p}measure = '{m}' then {p}value end) as {m}" for m in MEASURES
    )


VIEWS = {
    "centcom_figures": _CENTCOM_FIGURES,
    "tallies": f"""
select period_start, period_end,
  cast(julianday(period_end) - julianday(period_start) + 1 as integer) as days,
  country,
  {_pivot()},
  group_concat(distinct source_id) as source_ids
from (select * from centcom_figures where preference = 1 order by source_id)
group by period_start, period_end, country
order by period_start, period_end, case country when 'Total' then 2 when 'Iraq' then 0 else 1 end
""",
    "disagreements": """
select period_start, period_end, country, measure,
  count(*) as figures,
  count(distinct value) as distinct_values,
  min(value) as lowest, max(value) as highest,
  group_concat(stated_by || ' via ' || source_id || ': ' || value
               || case qualifier when 'exact' then '' else ' (' || qualifier || ')' end, '; ') as values_by_source
from (select * from figures order by period_start, period_end, country, measure, source_id)
group by period_start, period_end, country, measure
having count(distinct value) > 1
order by period_start, period_end, country, measure
""",
    "totals_check": """
select t.source_id, t.period_start, t.period_end, t.measure,
  t.value as stated_total,
  i.value as iraq, s.value as syria,
  case when i.value is not null and s.value is not null then i.value + s.value end as sum_of_countries,
  case when i.value is not null and s.value is not null then t.value - (i.value + s.value) end as difference,
  case
    when i.value is null or s.value is null then 'incomplete'
    when t.value = i.value + s.value then 'matches'
    else 'differs'
  end as status
from figures t
left join figures i on i.source_id = t.source_id and i.period_start = t.period_start
  and i.period_end = t.period_end and i.measure = t.measure and i.country = 'Iraq'
left join figures s on s.source_id = t.source_id and s.period_start = t.period_start
  and s.period_end = t.period_end and s.measure = t.measure and s.country = 'Syria'
where t.country = 'Total'
order by t.period_start, t.period_end, t.source_id, t.measure
""",
    "monthly": f"""
select substr(period_start, 1, 7) as month, period_start, period_end, country,
  {", ".join(MEASURES)}, source_ids
from tallies
where substr(period_start, 9, 2) = '01'
  and period_end = date(period_start, '+1 month', '-1 day')
order by month, case country when 'Total' then 2 when 'Iraq' then 0 else 1 end
""",
    "running_totals": """
select month, substr(month, 1, 4) as year, country,
  operations, killed, detained,
  sum(operations) over w as operations_ytd,
  sum(killed) over w as killed_ytd,
  sum(detained) over w as detained_ytd,
  count(operations) over w as months_with_operations,
  cast(substr(month, 6, 2) as integer) as months_elapsed
from monthly
window w as (partition by substr(month, 1, 4), country order by month
             rows between unbounded preceding and current row)
order by month, case country when 'Total' then 2 when 'Iraq' then 0 else 1 end
""",
    "press_vs_centcom": """
select p.period_start, p.period_end, p.country, p.measure,
  p.value as press_value, p.qualifier as press_qualifier, p.stated_by, p.source_id,
  (select c.value from centcom_figures c where c.preference = 1 and c.period_start = p.period_start
     and c.period_end = p.period_end and c.country = p.country and c.measure = p.measure) as centcom_same_window,
  (select sum(m.value) from centcom_figures m where m.preference = 1 and m.country = p.country
     and m.measure = p.measure and m.period_start >= p.period_start and m.period_end <= p.period_end
     and substr(m.period_start, 9, 2) = '01'
     and m.period_end = date(m.period_start, '+1 month', '-1 day')) as centcom_sum_of_months,
  (select count(*) from centcom_figures m where m.preference = 1 and m.country = p.country
     and m.measure = p.measure and m.period_start >= p.period_start and m.period_end <= p.period_end
     and substr(m.period_start, 9, 2) = '01'
     and m.period_end = date(m.period_start, '+1 month', '-1 day')) as months_found,
  (cast(strftime('%Y', p.period_end) as integer) - cast(strftime('%Y', p.period_start) as integer)) * 12
    + cast(strftime('%m', p.period_end) as integer) - cast(strftime('%m', p.period_start) as integer) + 1
    as months_in_window,
  p.note
from figures p
where p.stated_by != 'CENTCOM'
order by p.period_start, p.period_end, p.country, p.measure, p.source_id
""",
    "strike_disagreements": """
select s.strike_id, s.event_date, s.country, r.source_id as other_source_id,
  s.isis_killed, r.isis_killed as other_isis_killed,
  s.isis_detained, r.isis_detained as other_isis_detained,
  s.us_killed, r.us_killed as other_us_killed,
  s.us_wounded, r.us_wounded as other_us_wounded,
  s.source_id, r.note
from strike_reports r join strikes s on s.strike_id = r.strike_id
where (r.isis_killed is not null and r.isis_killed is not s.isis_killed)
   or (r.isis_detained is not null and r.isis_detained is not s.isis_detained)
   or (r.us_killed is not null and r.us_killed is not s.us_killed)
   or (r.us_wounded is not null and r.us_wounded is not s.us_wounded)
order by s.strike_id, r.source_id
""",
    "strikes_by_month": """
select substr(coalesce(event_date, announced), 1, 7) as month, country,
  count(*) as operations_announced,
  sum(isis_killed) as isis_killed, sum(isis_detained) as isis_detained,
  sum(us_killed) as us_killed, sum(us_wounded) as us_wounded
from strikes
group by month, country
order by month, country
""",
}

INDEXES = {
    "figures": [["measure"], ["country", "period_start"], ["source_id"], ["stated_by"]],
    "strikes": [["event_date"], ["announced"], ["country"], ["operation_type"], ["source_id"]],
    "strike_reports": [["source_id"]],
    "sources": [["published"], ["kind"]],
}
FTS = {"strikes": ["targets", "target_roles", "place", "summary", "civilian_harm"]}
SORT_KEYS = {
    "sources": ["source_id"],
    "measures": ["measure"],
    "figures": ["period_start", "period_end", "country", "measure", "stated_by", "source_id"],
    "strikes": ["strike_id"],
    "strike_reports": ["strike_id", "source_id"],
}


# ---------------------------------------------------------------------- build


def sort_columns(name: str, schema: dict) -> list[str]:
    """The columns that order a file's rows, in the CSV and in the database."""
    return SORT_KEYS.get(name) or schema.get("primaryKey", [])


def _sort_key(table: Table):
    cols = sort_columns(table.name, table.schema)
    return lambda row: tuple("" if row[c] is None else str(row[c]) for c in cols)


def _dependency_order(tables: dict[str, Table]) -> list[Table]:
    """Referenced tables first, so every foreign key points at an existing table."""
    done: list[Table] = []
    while len(done) < len(tables):
        for t in tables.values():
            refs = {fk["reference"]["resource"] for fk in t.schema.get("foreignKeys", [])} - {t.name}
            if t not in done and refs <= {d.name for d in done}:
                done.append(t)
                break
        else:
            raise ValueError("datapackage.json: foreign keys form a cycle")
    return done


def build(tables: dict[str, Table], db_path: Path) -> None:
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA page_size = 4096")
    # A fresh temporary file: no journal and no fsync per statement; it is fsynced once,
    # complete, before it replaces the previous database (build_atomically).
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    for t in _dependency_order(tables):
        columns = {f["name"]: SQL_TYPES[f.get("type", "string")] for f in t.fields}
        pk = t.schema.get("primaryKey")
        fks = [(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
               for fk in t.schema.get("foreignKeys", [])]
        not_null = {f["name"] for f in t.fields if f.get("constraints", {}).get("required")}
        db[t.name].create(columns, pk=pk[0] if len(pk) == 1 else tuple(pk),
                          foreign_keys=fks, not_null=not_null)
        db[t.name].insert_all(sorted(t.rows, key=_sort_key(t)), batch_size=1000)
        for cols in INDEXES.get(t.name, []):
            db[t.name].create_index(cols)
    for table, cols in FTS.items():
        if table in tables:
            db[table].enable_fts(cols, create_triggers=False)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip())
    problems = [tuple(r) for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    assert not problems, f"foreign key check failed: {problems}"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.execute("ANALYZE")
    db.conn.commit()
    db.execute("VACUUM")
    db.close()


def inspect_data(db_path: Path, name: str) -> dict:
    """The same data `datasette inspect` writes, so table pages need no COUNT(*)."""
    db = sqlite_utils.Database(db_path)
    tables = {t: {"count": db[t].count} for t in db.table_names()}
    db.close()
    return {name: {"hash": hashlib.sha256(db_path.read_bytes()).hexdigest(),
                   "size": db_path.stat().st_size, "file": name + ".db", "tables": tables}}


# The inspect file's name is defined once, where the server reads it.
inspect_path = serve.inspect_file


def build_atomically(data_dir: Path = DATA_DIR, db_path: Path = DB_PATH) -> dict[str, Table]:
    tables = validate(data_dir)
    db_path = db_path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    os.unlink(tmp)
    tmp_db = Path(tmp)
    tmp_inspect = tmp_db.with_suffix(".json.tmp")
    try:
        build(tables, tmp_db)
        tmp_inspect.write_text(json.dumps(inspect_data(tmp_db, db_path.stem), indent=2, sort_keys=True) + "\n")
        for p in (tmp_db, tmp_inspect):
            os.chmod(p, 0o644)
            with p.open("rb") as fp:
                os.fsync(fp.fileno())
        os.replace(tmp_db, db_path)
        os.replace(tmp_inspect, inspect_path(db_path))
    finally:
        for p in (tmp_db, tmp_inspect):
            p.unlink(missing_ok=True)
    return tables


def sort_csvs(data_dir: Path = DATA_DIR) -> None:
    """Rewrite each CSV in canonical row order (used by `make sort`)."""
    package = load_package(data_dir)
    for r in package["resources"]:
        path = data_dir / r["path"]
        with path.open(encoding="utf-8-sig", newline="") as fp:
            rows = list(csv.DictReader(fp))
        cols = sort_columns(r["name"], r["schema"])
        rows.sort(key=lambda row: tuple(row[c] for c in cols))
        with path.open("w", encoding="utf-8", newline="") as fp:
            w = csv.DictWriter(fp, [f["name"] for f in r["schema"]["fields"]], lineterminator="\n")
            w.writeheader()
            w.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="folder with datapackage.json and the CSVs")
    ap.add_argument("--db", type=Path, default=DB_PATH, help="database to write (default: centcom.db)")
    ap.add_argument("--check", action="store_true", help="validate only; write nothing")
    ap.add_argument("--sort", action="store_true", help="rewrite the CSVs in canonical row order, then build")
    args = ap.parse_args(argv)
    try:
        if args.sort:
            sort_csvs(args.data)
        if args.check:
            tables = validate(args.data)
        else:
            tables = build_atomically(args.data, args.db)
    except BuildError as e:
        print(f"build_db: {len(e.problems)} problem(s) found; {args.db} left unchanged:", file=sys.stderr)
        for p in e.problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{t.name} {len(t.rows)}" for t in tables.values())
    print(f"build_db: ok ({counts} rows)" + ("" if args.check else f" -> {_label(args.db)}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
