"""The build: real data validates and builds reproducibly; broken data fails clearly and loses nothing."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import build_db
from conftest import ROOT

DATA = ROOT / "data"


def test_frictionless_validates_the_data_package():
    """The same descriptor, checked by the reference implementation (not our own validator)."""
    from frictionless import Package

    report = Package(str(DATA / "datapackage.json")).validate()
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert report.valid, "\n".join(errors[:20])


def test_every_csv_is_described_and_every_resource_exists():
    package = json.loads((DATA / "datapackage.json").read_text())
    described = {r["path"] for r in package["resources"]}
    assert described == {p.name for p in DATA.glob("*.csv")}


@pytest.mark.parametrize("name", sorted(r["name"] for r in json.loads((DATA / "datapackage.json").read_text())["resources"]))
def test_rows_are_in_canonical_order(name):
    path = DATA / f"{name}.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    schema = next(r["schema"] for r in json.loads((DATA / "datapackage.json").read_text())["resources"] if r["name"] == name)
    key = [tuple(r[c] for c in build_db.sort_columns(name, schema)) for r in rows]
    assert key == sorted(key), f"{path.name} is not sorted: run `make sort`"
    assert path.read_bytes().count(b"\r\n") == 0, "canonical CSVs use LF line endings"


def test_same_csvs_build_the_same_database(tmp_path):
    a, b = tmp_path / "a" / "centcom.db", tmp_path / "b" / "centcom.db"
    for p in (a, b):
        p.parent.mkdir()
        build_db.build_atomically(DATA, p)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    import json

    import serve

    for kind, path in serve.site_files(a).items():  # and the files served beside it
        assert path.read_bytes() == serve.site_files(b)[kind].read_bytes(), kind
    # the inspect data is computed from the file itself when it is built: nothing to disagree with it
    inspect = json.loads(serve.site_files(a)["inspect"].read_text())
    assert inspect["centcom"]["hash"] == hashlib.sha256(a.read_bytes()).hexdigest()
    assert inspect["centcom"]["tables"]["figures"]["count"] > 100


def test_figures_cite_known_sources_and_nothing_is_computed():
    rows = list(csv.DictReader((DATA / "figures.csv").open(encoding="utf-8")))
    assert all(r["value"] != "" for r in rows)
    # Every CENTCOM figure from a news report says so in its note or its source's note.
    sources = {r["source_id"]: r for r in csv.DictReader((DATA / "sources.csv").open(encoding="utf-8"))}
    for r in rows:
        s = sources[r["source_id"]]
        if r["stated_by"] == "CENTCOM" and s["kind"] == "news_report":
            assert (r["note"] + s["note"]).strip(), f"{r}: a news report standing in for CENTCOM needs a note"


# --------------------------------------------------------------- broken input
# Each case edits a real copy of the CSVs. `expect` is None when the build must succeed,
# else (file, line, column or None, words that must appear in the message).


def _rewrite(path: Path, fn):
    text = path.read_text(encoding="utf-8")
    path.write_text(fn(text), encoding="utf-8", newline="")


def _set_cell(path: Path, line: int, column: str, value: str):
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[line - 1][rows[0].index(column)] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def _drop_column(path: Path, column: str):
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    i = rows[0].index(column)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([r[:i] + r[i + 1:] for r in rows])
    path.write_text(buf.getvalue(), encoding="utf-8")


def _append_line(path: Path, line: str):
    _rewrite(path, lambda t: t + line + "\n")


def _line(path: Path, n: int) -> str:
    return path.read_text(encoding="utf-8").split("\n")[n - 1]


CASES = {
    "missing column": (lambda d: _drop_column(d / "figures.csv", "qualifier"),
                       ("figures.csv", 1, "qualifier", "missing column")),
    "extra column": (lambda d: _rewrite(d / "figures.csv", lambda t: t.replace("\n", ",x\n").replace(",note,x", ",note,source_page", 1)),
                     ("figures.csv", 1, "source_page", "unexpected column")),
    "wrong type": (lambda d: _set_cell(d / "figures.csv", 2, "value", "thirty"),
                   ("figures.csv", 2, "value", "whole number")),
    "negative count": (lambda d: _set_cell(d / "figures.csv", 3, "value", "-4"),
                       ("figures.csv", 3, "value", "at least 0")),
    "unknown country": (lambda d: _set_cell(d / "figures.csv", 4, "country", "Kuwait"),
                        ("figures.csv", 4, "country", "not one of")),
    "unknown measure": (lambda d: _set_cell(d / "figures.csv", 5, "measure", "beheadings"),
                        ("figures.csv", 5, "measure", "not in")),
    "impossible date": (lambda d: _set_cell(d / "figures.csv", 6, "period_end", "2023-02-30"),
                        ("figures.csv", 6, "period_end", "real date")),
    "end before start": (lambda d: (_set_cell(d / "figures.csv", 7, "period_start", "2030-01-01")),
                         ("figures.csv", 7, "period_end", "before period_start")),
    "duplicate key": (lambda d: _append_line(d / "figures.csv", _line(d / "figures.csv", 2)),
                      ("figures.csv", None, "source_id", "duplicate key")),
    "dangling source": (lambda d: _set_cell(d / "operations.csv", 2, "source_id", "no-such-source"),
                        ("operations.csv", 2, "source_id", "not in")),
    "empty file": (lambda d: (d / "sources.csv").write_text(""),
                   ("sources.csv", 1, None, "file is empty")),
    "unterminated quote": (lambda d: _append_line(d / "figures.csv", '2023-01-01,2023-01-31,Iraq,killed,1,exact,CENTCOM,x,"never closed'),
                           ("figures.csv", None, None, "unterminated quote")),
    "stray whitespace in enum": (lambda d: _set_cell(d / "figures.csv", 8, "country", "Iraq "),
                                 ("figures.csv", 8, "country", "whitespace")),
    "formula =": (lambda d: _set_cell(d / "figures.csv", 9, "note", "=HYPERLINK(\"http://x\")"),
                  ("figures.csv", 9, "note", "formula")),
    "formula +": (lambda d: _set_cell(d / "sources.csv", 2, "title", "+1 more"),
                  ("sources.csv", 2, "title", "formula")),
    "formula -": (lambda d: _set_cell(d / "operations.csv", 2, "summary", "-2+3"),
                  ("operations.csv", 2, "summary", "formula")),
    "formula @": (lambda d: _set_cell(d / "operations.csv", 3, "place", "@SUM(A1)"),
                  ("operations.csv", 3, "place", "formula")),
    "short row": (lambda d: _append_line(d / "measures.csv", "only,three,fields"),
                  ("measures.csv", None, None, "3 fields")),
    "not utf-8": (lambda d: (d / "measures.csv").write_bytes((d / "measures.csv").read_bytes() + "x,Caf\xe9,people,y\n".encode("latin-1")),
                  ("measures.csv", None, None, "UTF-8")),
    "missing file": (lambda d: (d / "operation_reports.csv").unlink(),
                     ("operation_reports.csv", None, None, "file not found")),
    "bad identifier": (lambda d: _set_cell(d / "operations.csv", 2, "operation_id", "Raid 1"),
                       ("operations.csv", 2, "operation_id", "pattern")),
    "event after announcement": (lambda d: _set_cell(d / "operations.csv", 2, "event_date", "2030-01-01"),
                                 ("operations.csv", 2, "event_date", "after the announcement")),
    "unknown qualifier": (lambda d: _set_cell(d / "figures.csv", 10, "qualifier", "roughly"),
                          ("figures.csv", 10, "qualifier", "not one of")),
    "required value empty": (lambda d: _set_cell(d / "figures.csv", 11, "stated_by", ""),
                             ("figures.csv", 11, "stated_by", "required")),
    "utf-8 byte-order mark": (lambda d: (d / "figures.csv").write_bytes(b"\xef\xbb\xbf" + (d / "figures.csv").read_bytes()),
                              None),
    "CRLF line endings": (lambda d: (d / "operations.csv").write_bytes((d / "operations.csv").read_bytes().replace(b"\n", b"\r\n")),
                          None),
    "markup in a text field": (lambda d: _set_cell(d / "operations.csv", 2, "summary", "<script>alert('x')</script><b>bold</b>"),
                               None),
    # --- robustness: every failure is a message naming the file, never a traceback
    "huge integer": (lambda d: _set_cell(d / "figures.csv", 12, "value", "99999999999999999999999"),
                     ("figures.csv", 12, "value", "too large")),
    "arabic-indic digits in a pattern": (lambda d: _set_cell(d / "sources.csv", 2, "release_number", "٢٠٢٣٠٨٠٩-٠١"),
                                         ("sources.csv", 2, "release_number", "pattern")),
    "full-width digits in a date": (lambda d: _set_cell(d / "figures.csv", 13, "period_start", "２０２３-０１-０１"),
                                    ("figures.csv", 13, "period_start", "real date")),
    "a directory where a CSV should be": (lambda d: ((d / "measures.csv").unlink(), (d / "measures.csv").mkdir()),
                                          ("measures.csv", None, None, "directory")),
    "datapackage.json not JSON": (lambda d: _rewrite(d / "datapackage.json", lambda t: t[:200]),
                                  ("datapackage.json", None, None, "invalid JSON")),
    "datapackage.json without resources": (lambda d: (d / "datapackage.json").write_text('{"name": "x"}'),
                                           ("datapackage.json", None, None, "resources")),
    "datapackage.json field without a name": (
        lambda d: _rewrite(d / "datapackage.json", lambda t: t.replace('"name": "publisher"', '"nom": "publisher"', 1)),
        ("datapackage.json", None, None, "name")),
    "outlet's own count assessed as CENTCOM's": (lambda d: _set_cell(d / "figures.csv", _first_line(d, "stated_by", "Task & Purpose"), "assessment", "quoted"),
                                                  ("figures.csv", None, "assessment", "outlet_count")),
    "primary from a news report": (lambda d: _set_cell(d / "figures.csv", _first_line(d, "source_id", "rudaw-20221229-end-of-year-update"), "assessment", "primary"),
                                   ("figures.csv", None, "assessment", "primary")),
    "unknown assessment": (lambda d: _set_cell(d / "figures.csv", 14, "assessment", "probably"),
                           ("figures.csv", 14, "assessment", "not one of")),
    # --- issue 15: oversized cells and invisible characters are named with their column
    "a 50 MB cell": (lambda d: _set_cell(d / "figures.csv", 2, "note", "x" * 50_000_000),
                     ("figures.csv", 2, "note", "characters long")),
    "a byte-order mark inside a header name": (
        lambda d: _rewrite(d / "figures.csv", lambda t: t.replace(",country,", ",\ufeffcountry,", 1)),
        ("figures.csv", 1, "<U+FEFF>country", "U+FEFF")),
}


def _first_line(d: Path, column: str, value: str) -> int:
    rows = list(csv.reader((d / "figures.csv").open(encoding="utf-8", newline="")))
    return next(i for i, r in enumerate(rows, 1) if r[rows[0].index(column)] == value)


def run_build(data: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build_db.py"), "--data", str(data), "--db", str(db)],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def previous_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("prev") / "centcom.db"
    build_db.build_atomically(DATA, db)
    return db


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_input(case, data_copy, previous_db, tmp_path):
    breaker, expect = CASES[case]
    db = tmp_path / "centcom.db"
    shutil.copy(previous_db, db)
    before = db.read_bytes()
    breaker(data_copy)
    result = run_build(data_copy, db)
    if expect is None:
        assert result.returncode == 0, result.stderr
        return
    file, line, column, words = expect
    assert result.returncode == 1, f"{case}: the build should fail\n{result.stdout}"
    lines = [ln for ln in result.stderr.splitlines() if file in ln and words in ln]
    assert lines, f"{case}: no message naming {file} with {words!r}:\n{result.stderr}"
    if line is not None:
        assert any(f"{file}:{line}:" in ln for ln in lines), result.stderr
    elif file.endswith(".csv") and words not in ("file not found", "directory"):
        assert any(f"{file}:" in ln and ln.split(f"{file}:")[1].split(":")[0].isdigit() for ln in lines), \
            f"{case}: message has no line number:\n{result.stderr}"
    if column is not None:
        assert any(f"column '{column}'" in ln for ln in lines), result.stderr
    assert db.read_bytes() == before, "previous database changed"
    assert "Traceback" not in result.stderr, result.stderr
    assert not list(tmp_path.glob(".centcom.db.*")), "temporary files left behind"


def test_one_bad_row_gives_one_message_not_a_cascade(data_copy, tmp_path):
    """A 200 kB cell in sources.csv (a quote that was never closed swallows the lines after it)
    is one message naming its line and column; the figures and operations that cite the sources
    it swallowed are not each reported as citing an unknown source."""
    _set_cell(data_copy / "sources.csv", 3, "note", "y" * 200_000)
    result = run_build(data_copy, tmp_path / "centcom.db")
    assert result.returncode == 1
    problems = [ln for ln in result.stderr.splitlines() if ln.startswith("  ")]
    assert any("sources.csv:3: column 'note': cell is 200,000 characters long" in p for p in problems), result.stderr
    assert not any("is not in" in p for p in problems), result.stderr
    assert len(problems) <= 5, result.stderr


def test_every_problem_is_reported_in_one_run(data_copy, tmp_path):
    _set_cell(data_copy / "figures.csv", 2, "value", "x")
    _set_cell(data_copy / "figures.csv", 3, "country", "Mars")
    _set_cell(data_copy / "operations.csv", 2, "announced", "yesterday")
    result = run_build(data_copy, tmp_path / "centcom.db")
    assert result.returncode == 1
    assert "3 problem(s)" in result.stderr, result.stderr
    assert not (tmp_path / "centcom.db").exists()


async def test_markup_in_text_is_shown_as_text(data_copy, tmp_path):
    import serve

    _set_cell(data_copy / "operations.csv", 2, "summary", "<script>alert('x')</script><img src=x onerror=alert(1)>")
    sid = list(csv.reader((data_copy / "operations.csv").open(encoding="utf-8")))[1][0]
    db = tmp_path / "centcom.db"
    assert run_build(data_copy, db).returncode == 0
    from conftest import Client

    client = Client(serve.make_datasette(db, "pages"), serve.make_datasette(db, "sql"))
    for path in ["/centcom/operations", f"/centcom/operations/{sid}", "/centcom/search_operations?q=script",
                 "/centcom/operations?_search=alert", "/centcom/us_casualties",
                 "/centcom?sql=select+summary+from+operations"]:
        r = await client.get(path, follow_redirects=True)
        assert r.status_code == 200, path
        assert "<script>alert(" not in r.text and "<img src=x" not in r.text, path
    r = await client.get(f"/centcom/operations/{sid}")
    assert "&lt;script&gt;alert(" in r.text


def test_data_dictionary_covers_every_column():
    """The dictionary's column tables are generated from the declarations; the prose names every measure."""
    import schema

    doc = schema.data_dictionary(schema.load())
    package = json.loads((DATA / "datapackage.json").read_text())
    for r in package["resources"]:
        assert f"### {r['name']}" in doc, r["name"]
        for f in r["schema"]["fields"]:
            assert f"| `{f['name']}` |" in doc, f"the data dictionary does not describe {r['name']}.{f['name']}"
    measures = list(csv.DictReader((DATA / "measures.csv").open(encoding="utf-8")))
    for m in measures:
        assert f"`{m['measure']}`" in doc, f"the data dictionary does not list measure {m['measure']}"


# --------------------------------------------------------- derived declarations


def _derived_copy(tmp_path: Path) -> Path:
    d = tmp_path / "derived"
    shutil.copytree(ROOT / "derived", d)
    return d


def test_a_derived_column_without_a_description_fails(tmp_path):
    import schema

    d = _derived_copy(tmp_path)
    path = d / "tallies.sql"
    import re

    path.write_text(re.sub(r"(?m)^-- column: killed integer: .*$", "-- column: killed integer:", path.read_text(), count=1))
    with pytest.raises(schema.SchemaError, match=r"tallies\.sql:\d+: column 'killed': no description"):
        schema.derived_tables(d)


def test_a_derived_column_that_is_not_declared_fails_the_build(tmp_path):
    import schema

    d = _derived_copy(tmp_path)
    path = d / "monthly.sql"
    text = path.read_text()
    path.write_text("\n".join(l for l in text.split("\n") if not l.startswith("-- column: source_ids ")))
    tables = build_db.validate(DATA)
    with pytest.raises(build_db.BuildError) as e:
        build_db.build(tables, tmp_path / "x.db", schema.derived_tables(d))
    assert "monthly.sql" in str(e.value) and "source_ids" in str(e.value) and "not declared" in str(e.value)


def test_declared_columns_are_what_each_table_has(built_db):
    import sqlite3

    import schema

    conn = sqlite3.connect(built_db)
    for d in schema.load().derived:
        cols = [(r[1], r[2]) for r in conn.execute(f"pragma table_info([{d.name}])")]
        assert cols == [(c.name, schema.TYPES[c.type][0]) for c in d.columns], d.name


# --------------------------------------------------------- safe rebuilds


def test_a_killed_builds_temporary_files_are_removed_by_the_next(tmp_path):
    db = tmp_path / "centcom.db"
    stale = [tmp_path / ".centcom.db.abc123.tmp", tmp_path / ".centcom.db.def456.tmp"]
    for s in stale:
        s.write_bytes(b"\0" * 1024)
    assert run_build(DATA, db).returncode == 0
    assert not any(s.exists() for s in stale)
    assert not list(tmp_path.glob(".centcom.db.*.tmp"))


@pytest.mark.front
def test_a_rebuild_does_not_change_what_a_running_server_serves(tmp_path, data_copy):
    """The server serves its own snapshot: replacing centcom.db under it changes nothing until it restarts."""
    import json as _json
    import urllib.request

    from conftest import Server

    db = tmp_path / "centcom.db"
    assert run_build(DATA, db).returncode == 0
    server = Server(db)
    try:
        def first_value():
            url = server.url + "/centcom/figures.json?_shape=array&_size=1&_sort=period_start"
            with urllib.request.urlopen(url) as r:
                return _json.loads(r.read())[0]["value"], r.url

        before = first_value()
        _set_cell(data_copy / "figures.csv", 2, "value", "999")
        _set_cell(data_copy / "figures.csv", 2, "evidence", "in which 999 ISIS operatives were detained")
        assert run_build(data_copy, db).returncode == 0
        assert first_value() == before
    finally:
        server.stop()
