"""Validation of the canonical CSVs in data/ against data/datapackage.json.

Every problem is collected and reported at once as `file:line: column 'name': what is wrong`;
`validate()` returns the typed rows only when there is none. Besides the Table Schema (types,
required, enums, patterns, minimum, keys, foreign keys) it checks the rules a schema cannot
express: see `extra_checks`.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import evidence
from schema import DATA_DIR, FORMULA_STARTS, SchemaError, load_package
from schema import label as label_of

# SQLite stores integers in 64 bits.
MAX_INTEGER = 2**63 - 1
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# The longest cell the data may hold (the longest today is under 1,000 characters). A longer one is
# almost always a missing closing quote that swallowed the lines after it: said as such, with its
# column, instead of the csv module's "field larger than field limit".
MAX_CELL = 5_000
# Characters that print as nothing: named in messages, so that "unexpected column 'country'" never
# hides a byte-order mark or a zero-width space.
INVISIBLE = re.compile(r"[\ufeff\u200b-\u200f\u2028-\u202e\u2060-\u2064\u00a0\u00ad]")


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
    complete: bool = True  # False when a row could not be read (then references to it are not checked)

    @property
    def fields(self) -> list[dict]:
        return self.schema["fields"]


# --------------------------------------------------------------------- reading


def shown(name: str) -> str:
    """A header name as a message shows it: invisible characters spelt out."""
    return INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", name)


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
        if abs(value) > MAX_INTEGER:
            return None, f"{raw!r} is too large for a whole number (at most {MAX_INTEGER})"
        if "minimum" in c and value < c["minimum"]:
            return None, f"must be at least {c['minimum']}, got {value}"
        if "maximum" in c and value > c["maximum"]:
            return None, f"must be at most {c['maximum']}, got {value}"
    elif ftype == "number":
        if not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", raw):
            return None, f"expected a decimal number such as 35.336, got {raw!r}"
        value = float(raw)
        if "minimum" in c and value < c["minimum"]:
            return None, f"must be at least {c['minimum']}, got {raw}"
        if "maximum" in c and value > c["maximum"]:
            return None, f"must be at most {c['maximum']}, got {raw}"
    elif ftype == "date":
        try:
            if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
                raise ValueError
            dt.date.fromisoformat(raw)
        except ValueError:
            return None, f"expected a real date as YYYY-MM-DD, got {raw!r}"
    elif ftype == "string":
        if raw.startswith(FORMULA_STARTS):
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
    where = label_of(path)
    schema = resource["schema"]
    table = Table(resource["name"], path, where, schema, [], [])
    names = [f["name"] for f in schema["fields"]]
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(where, 0, "", "file not found"))
        table.readable = False
        return table
    except IsADirectoryError:
        problems.append(Problem(where, 0, "", "is a directory, not a CSV file"))
        table.readable = False
        return table
    except OSError as e:
        problems.append(Problem(where, 0, "", f"cannot be read: {e.strerror or e}"))
        table.readable = False
        return table
    try:
        # utf-8-sig accepts a byte-order mark; newline="" lets csv accept CRLF too.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        problems.append(Problem(where, line, "", f"not valid UTF-8 (byte {raw[e.start]:#04x}); save the file as UTF-8"))
        table.readable = False
        return table
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # sizes are checked below, per column
    with io.StringIO(text, newline="") as fp:
        reader = csv.reader(fp, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as e:
            problems.append(Problem(where, 1, "", f"cannot read the header row: {e}"))
            table.readable = False
            return table
        if not header:
            problems.append(
                Problem(where, 1, "", f"file is empty: expected a header row: {','.join(names)}")
            )
            table.readable = False
            return table
        missing = [n for n in names if n not in header]
        extra = [h for h in header if h not in names]
        dupes = sorted({h for h in header if header.count(h) > 1})
        for n in missing:
            problems.append(Problem(where, 1, n, "missing column in the header row"))
        for h in extra:
            hidden = INVISIBLE.findall(h)
            problems.append(
                Problem(where, 1, shown(h), "unexpected column (not in datapackage.json; " + (
                    f"it contains the invisible character(s) {', '.join(sorted({f'U+{ord(c):04X}' for c in hidden}))}, "
                    "e.g. a byte-order mark from joining files: retype the name)" if hidden
                    else "check spelling and stray spaces)"))
            )
        for h in dupes:
            problems.append(Problem(where, 1, h, "column appears more than once"))
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
                    Problem(where, line, "", f"malformed CSV ({e}); check for an unterminated quote")
                )
                table.complete = False
                break
            start, line = line, reader.line_num + 1
            if not cells:
                problems.append(Problem(where, start, "", "blank line"))
                continue
            oversized = [(h, c) for h, c in zip(header, cells) if len(c) > MAX_CELL]
            for h, c in oversized:
                problems.append(Problem(where, start, h, (
                    f"cell is {len(c):,} characters long (at most {MAX_CELL:,}) and runs to line {line - 1}: "
                    "is a closing quote missing?")))
            if oversized:
                table.complete = False
                continue
            if len(cells) != len(header):
                problems.append(
                    Problem(where, start, "", f"row has {len(cells)} fields, the header has {len(header)}")
                )
                table.complete = False
                continue
            row = {}
            for name, raw in zip(header, cells):
                value, problem = check_value(fields[name], raw)
                if problem:
                    problems.append(Problem(where, start, name, problem))
                row[name] = value
            table.rows.append(row)
            table.lines.append(start)
    return table


# ----------------------------------------------------------- cross-row checks


def check_keys(tables: dict[str, Table], problems: list[Problem]) -> None:
    for t in tables.values():
        unchecked = set()  # one message per referenced table whose rows could not all be read
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
            if not ref.complete:
                if ref.name not in unchecked:
                    unchecked.add(ref.name)
                    problems.append(Problem(t.label, 0, fk["fields"][-1], (
                        f"references to {ref.label} not checked: fix the rows of {ref.label} that could not be read first")))
                continue
            known = {tuple(r[c] for c in fk["reference"]["fields"]) for r in ref.rows}
            for row, line in zip(t.rows, t.lines):
                k = tuple(row[c] for c in fk["fields"])
                if None not in k and k not in known:
                    problems.append(
                        Problem(t.label, line, fk["fields"][-1],
                                f"{k[-1]!r} is not in {ref.label} ({', '.join(fk['reference']['fields'])})")
                    )


# Dates that must not run backwards: (table, earlier, later, the column blamed, message).
DATE_ORDER = [
    ("figures", "period_start", "period_end", "period_end", "period_end {later} is before period_start {earlier}"),
    ("operations", "event_date", "announced", "event_date", "event_date {earlier} is after the announcement date {later}"),
    ("events", "start_date", "end_date", "end_date", "end_date {later} is before start_date {earlier}"),
]


def extra_checks(tables: dict[str, Table], problems: list[Problem]) -> None:
    """Rules a Table Schema cannot express."""
    for name, first, second, column, message in DATE_ORDER:
        t = tables.get(name)
        for row, line in zip(t.rows, t.lines) if t else ():
            earlier, later = row.get(first), row.get(second)
            if earlier and later and earlier > later:
                problems.append(Problem(t.label, line, column, message.format(earlier=earlier, later=later)))
    figures, operations, sources = tables.get("figures"), tables.get("operations"), tables.get("sources")
    kinds = {r["source_id"]: r.get("kind") for r in sources.rows} if sources else {}
    if figures:
        for row, line in zip(figures.rows, figures.lines):
            a, by = row.get("assessment"), row.get("stated_by")
            if a and by and (a == "outlet_count") != (by != "CENTCOM"):
                problems.append(Problem(figures.label, line, "assessment", (
                    "a figure stated by CENTCOM cannot be an outlet_count" if by == "CENTCOM" else
                    f"a figure stated by {by!r} (not CENTCOM) must be assessed outlet_count")))
            if a == "primary" and kinds.get(row.get("source_id")) not in (None, "press_release"):
                problems.append(Problem(figures.label, line, "assessment",
                                        "primary means read in CENTCOM's own text, but the source is a "
                                        f"{kinds.get(row.get('source_id'))} (use quoted)"))
            if a in ("misquoted", "unconfirmed") and not row.get("note"):
                problems.append(Problem(figures.label, line, "note",
                                        f"a {a} figure needs a note saying what CENTCOM said"))
    if operations:
        for row, line in zip(operations.rows, operations.lines):
            ev = row.get("event_date")
            for n in ("killed", "detained"):
                if row.get(f"{n}_qualifier") and row.get(n) is None:
                    problems.append(Problem(operations.label, line, f"{n}_qualifier",
                                            f"a qualifier is given but {n} is empty"))
            coords = [row.get(c) is not None for c in ("latitude", "longitude", "geo_precision")]
            if any(coords) and not all(coords):
                problems.append(Problem(operations.label, line, "geo_precision",
                                        "latitude, longitude and geo_precision go together: give all three or none"))
            sid = row.get("operation_id") or ""
            if ev and not sid.startswith("op-" + ev.replace("-", "")):
                problems.append(Problem(operations.label, line, "operation_id",
                                        f"{sid!r} should start with op-{ev.replace('-', '')} (its event_date)"))
    events = tables.get("events")
    if events:
        for row, line in zip(events.rows, events.lines):
            s = row.get("start_date")
            eid = row.get("event_id") or ""
            if s and not eid.startswith("ev-" + s.replace("-", "")):
                problems.append(Problem(events.label, line, "event_id",
                                        f"{eid!r} should start with ev-{s.replace('-', '')} (its start_date)"))
    check_evidence(tables, problems)
    if sources:
        for row, line in zip(sources.rows, sources.lines):
            if row.get("release_number") and row.get("publisher") != "U.S. Central Command":
                problems.append(Problem(sources.label, line, "release_number",
                                        "only CENTCOM's own documents carry a release number"))


# The columns whose numbers and qualifiers a row's evidence must state, per table.
EVIDENCE_NUMBERS = {
    "figures": (("value",), {"qualifier": "qualifier"}),
    "operations": (("killed", "detained", "us_killed", "us_wounded"),
                   {"killed_qualifier": "killed_qualifier", "detained_qualifier": "detained_qualifier"}),
    "operation_reports": (("killed", "detained", "us_killed", "us_wounded"), {}),
    "events": ((), {}),
}


def check_evidence(tables: dict[str, Table], problems: list[Problem]) -> None:
    """Every row has the words of its document that state it (evidence.py), with each of its numbers
    and qualifiers; blank only where no copy of the document was found."""
    sources = tables.get("sources")
    found = {r["source_id"]: r.get("text_found") for r in sources.rows} if sources else {}
    for name, (numbers, qualifiers) in EVIDENCE_NUMBERS.items():
        t = tables.get(name)
        if not t or not any(f["name"] == "evidence" for f in t.fields):
            continue
        for row, line in zip(t.rows, t.lines):
            words = row.get("evidence")
            if not words:
                if row.get("evidence_source_id") or found.get(row.get("source_id")) != "no":
                    problems.append(Problem(t.label, line, "evidence",
                                            "no evidence: give the few words of the document that state this row "
                                            "(or, where no copy of it can be found, set the source's text_found to no)"))
                continue
            for column, message in evidence.problems(words, {c: row.get(c) for c in numbers},
                                                     {c: row.get(c) for c in qualifiers}):
                problems.append(Problem(t.label, line, "evidence", f"{column} {message}"))


def check_releases(package: dict, tables: dict[str, Table], problems: list[Problem]) -> None:
    """The last release is the current one: its version is the package's, and only it has no git_ref."""
    releases = tables.get("releases")
    if not releases or not releases.rows:
        return
    last = releases.rows[-1]
    if package.get("version") != last.get("version"):
        problems.append(Problem(releases.label, releases.lines[-1], "version",
                                f"the last release is {last.get('version')!r} but datapackage.json says "
                                f"version {package.get('version')!r}: run `make changelog`, which writes it there"))
    citation = releases.path.parent.parent / "CITATION.cff"
    if citation.exists():
        text = citation.read_text(encoding="utf-8")
        for key, value in (("version", last.get("version")), ("date-released", last.get("released"))):
            if f'\n{key}: "{value}"\n' not in text:
                problems.append(Problem(releases.label, releases.lines[-1], key.replace("date-", ""),
                                        f"CITATION.cff's {key} is not {value!r}: run `make changelog`, which writes it there"))
    for row, line in zip(releases.rows[:-1], releases.lines[:-1]):
        if not row.get("git_ref"):
            problems.append(Problem(releases.label, line, "git_ref",
                                    "an earlier release needs the commit that holds its CSVs"))
    dates = [r.get("released") for r in releases.rows]
    if dates != sorted(d for d in dates if d):
        problems.append(Problem(releases.label, 0, "released", "releases must be listed oldest first"))


def validate(data_dir: Path = DATA_DIR) -> dict[str, Table]:
    try:
        package = load_package(data_dir)
    except SchemaError as e:
        raise BuildError([Problem(p.split(": ", 1)[0], 0, "", p.split(": ", 1)[1]) for p in e.problems]) from None
    problems: list[Problem] = []
    tables = {r["name"]: read_table(data_dir, r, problems) for r in package["resources"]}
    check_keys(tables, problems)
    extra_checks(tables, problems)
    check_releases(package, tables, problems)
    if problems:
        raise BuildError(problems)
    return tables


