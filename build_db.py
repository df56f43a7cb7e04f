#!/usr/bin/env python3
"""Validate the canonical CSVs in data/ and build centcom.db from them.

    python build_db.py                 # validate data/, then build centcom.db
    python build_db.py --check         # validate only, write nothing
    python build_db.py --sort          # put the CSVs in canonical row order, then build
    python build_db.py --data DIR --db PATH

Where things are: the schema of the CSVs is data/datapackage.json; validation (every problem
reported at once as `file:line: column 'name': what is wrong`) is validate.py; the derived tables
(tallies, monthly, ...) are declared, SQL and columns, in derived/*.sql and read by schema.py.
This file only builds: source tables from the validated rows, then each derived table from its
SQL, into a temporary file that replaces the previous database in one rename. A failed build
leaves the previous database untouched.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import fcntl
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

import sqlite_utils

import schema
import evidence
import serve
import sqlfunctions
from schema import label, load_package
from validate import BuildError, Problem, Table, validate

ROOT = Path(__file__).resolve().parent
DATA_DIR = schema.DATA_DIR
DB_PATH = serve.DB_PATH
METADATA = ROOT / "metadata.yml"

# ---------------------------------------------------------------------- build


def _sort_key(table: Table):
    cols = sort_columns(table.name, table.schema)
    return lambda row: tuple("" if row[c] is None else str(row[c]) for c in cols)


def sort_columns(name: str, table_schema: dict) -> list[str]:
    """The columns that order a file's rows, in the CSV and in the database, declared with the table
    in datapackage.json ("x-sortKey"; an empty list: as listed); else its primary key."""
    return table_schema.get("x-sortKey", table_schema.get("primaryKey", []))


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
            raise BuildError([Problem("data/datapackage.json", 0, "", "foreign keys form a cycle")])
    return done


def build_derived(conn: sqlite3.Connection, d: schema.Derived) -> None:
    """Create one derived table with its declared columns and types, filled by its SQL."""
    where = label(d.path)
    try:
        returned = [c[0] for c in conn.execute(f"select * from ({d.sql}) limit 0").description]
    except sqlite3.Error as e:
        raise BuildError([Problem(where, 0, "", f"SQL error: {e}")]) from None
    declared = [c.name for c in d.columns]
    if returned != declared:
        problems = [Problem(where, 0, c, "returned by the SQL but not declared (add a `-- column:` line)")
                    for c in returned if c not in declared]
        problems += [Problem(where, 0, c, "declared but not returned by the SQL")
                     for c in declared if c not in returned]
        if not problems:
            problems = [Problem(where, 0, "", "the SQL returns the declared columns in another order: "
                                              + ", ".join(returned))]
        raise BuildError(problems)
    cols = ", ".join(f"[{c.name}] {schema.TYPES[c.type][0]}" for c in d.columns)
    conn.execute(f"create table [{d.name}] ({cols})")
    conn.execute(f"insert into [{d.name}] select * from ({d.sql})")
    for idx in d.indexes:
        conn.execute(f"create index [idx_{d.name}_{'_'.join(idx)}] on [{d.name}] "
                     f"({', '.join(f'[{c}]' for c in idx)})")


def add_evidence_urls(conn: sqlite3.Connection, tables: dict[str, Table]) -> None:
    """Each table with evidence gets evidence_url (schema.EVIDENCE_URL): its document's URL with a
    text fragment for the words."""
    conn.create_function("fragment_url", 2, evidence.fragment_url, deterministic=True)
    for t in tables.values():
        if any(f["name"] == "evidence" for f in t.fields):
            conn.execute(f"alter table [{t.name}] add column evidence_url text")
            conn.execute(f"""update [{t.name}] set evidence_url = fragment_url(
                (select url from sources s where s.source_id = coalesce([{t.name}].evidence_source_id,
                                                                       [{t.name}].source_id)), evidence)""")


def create_old_names(conn: sqlite3.Connection, declared: schema.Schema) -> None:
    """The tables of an earlier release under their old names (datapackage.json "x-renamed"): a view
    with the old column names, so that their addresses, filters and exports keep answering. A view of a
    searchable table carries the table's rowid too, which lets Datasette search it with the table's full-text
    index (site_files gives the view that index as its fts_table)."""
    old_column = declared.old_column_names
    for old, new in declared.renamed.get("tables", {}).items():
        cols = [r[1] for r in conn.execute(f"pragma table_info([{new}])")]
        if not cols:
            raise BuildError([Problem("data/datapackage.json", 0, "x-renamed", f"{old!r} is renamed to {new!r}, "
                                      "which is not a table")])
        select = ", ".join((["rowid"] if new in declared.searchable else [])
                           + [f"[{c}] as [{old_column.get(c, c)}]" for c in cols if c != schema.EVIDENCE_URL.name])
        conn.execute(f"create view [{old}] as select {select} from [{new}]")


def build(tables: dict[str, Table], db_path: Path, derived: list[schema.Derived] | None = None) -> None:
    derived = schema.derived_tables() if derived is None else derived
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA page_size = 4096")
    # A fresh temporary file: no journal and no fsync per statement; it is fsynced once,
    # complete, before it replaces the previous database (build_atomically).
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    sqlfunctions.register(db.conn)
    for t in _dependency_order(tables):
        columns = {f["name"]: schema.TYPES[f.get("type", "string")][1] for f in t.fields}
        pk = t.schema.get("primaryKey")
        fks = [(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
               for fk in t.schema.get("foreignKeys", [])]
        not_null = {f["name"] for f in t.fields if f.get("constraints", {}).get("required")}
        db[t.name].create(columns, pk=pk[0] if len(pk) == 1 else tuple(pk),
                          foreign_keys=fks, not_null=not_null)
        db[t.name].insert_all(sorted(t.rows, key=_sort_key(t)), batch_size=1000)
        # indexes and full-text search, declared with the table in datapackage.json
        for cols in t.schema.get("x-indexes", []):
            db[t.name].create_index(cols)
        if t.schema.get("x-fullTextSearch"):
            db[t.name].enable_fts(t.schema["x-fullTextSearch"], create_triggers=False)
    add_evidence_urls(db.conn, tables)
    for d in derived:
        build_derived(db.conn, d)
    create_old_names(db.conn, schema.load())
    problems = [tuple(r) for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    if problems:
        raise BuildError([Problem("data", 0, "", f"foreign key check failed: {problems}")])
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.execute("ANALYZE")
    db.conn.commit()
    db.execute("VACUUM")
    db.close()


def render_about(text: str, previous: Path) -> str:
    """/about's HTML from its Markdown (docs/data.md with the generated column tables). Rendering
    takes most of a build's time, so the previous build's HTML is kept when its source is the same
    (the source's hash is the first line of the file)."""
    import hashlib

    import markdown

    stamp = f"<!-- source sha256 {hashlib.sha256(text.encode()).hexdigest()} -->\n"
    try:
        with previous.open(encoding="utf-8") as fp:
            if fp.readline() == stamp:
                return stamp + fp.read()
    except OSError:
        pass
    return stamp + markdown.markdown(text, extensions=["tables", "toc"])


def site_files(db_path: Path, served_as: Path) -> dict[str, bytes]:
    """What serving needs besides the database, derived once here so that nothing is re-derived
    at start (serve.site_files names them): Datasette's metadata (metadata.yml with every table's
    and column's description generated from its one declaration, schema.py), the inspect data
    (hash, size, row counts) and the /about page's content."""
    import hashlib
    import json

    import yaml

    declared = schema.load()
    try:
        metadata = yaml.load(METADATA.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise BuildError([Problem(label(METADATA), mark.line + 1 if mark else 0, "",
                                  f"not valid YAML: {getattr(e, 'problem', None) or e}")]) from None
    tables = metadata["databases"]["centcom"].setdefault("tables", {})
    for name, generated in schema.datasette_tables(declared).items():
        tables[name] = {**generated, **tables.get(name, {})}
    old_column = declared.old_column_names
    for old, new in declared.renamed.get("tables", {}).items():
        tables[old] = {"hidden": True, "description": f"Renamed {new} in data release 3.0.0. This view keeps the old "
                       f"address and column names of release 2.0.0 answering; use {new}.",
                       "columns": {old_column.get(c, c): d for c, d in tables[new]["columns"].items()
                                   if c != schema.EVIDENCE_URL.name}}
        if new in declared.searchable:  # ?_search= on the old name searches as it did
            tables[old]["fts_table"] = f"{new}_fts"
            tables[old]["columns"]["rowid"] = f"The row's rowid in {new}, by which the view is searched."
    body = db_path.read_bytes()
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
        counts = {n: {"count": conn.execute(f"select count(*) from [{n}]").fetchone()[0]} for n in names}
    finally:
        conn.close()
    inspect = {served_as.stem: {"hash": hashlib.sha256(body).hexdigest(), "size": len(body),
                                "file": served_as.name, "tables": counts}}
    about = render_about(schema.data_dictionary(declared), serve.site_files(served_as)["about"])
    return {"metadata": json.dumps(metadata, ensure_ascii=False, indent=1).encode(),
            "inspect": json.dumps(inspect, indent=1).encode(), "about": about.encode()}


@contextlib.contextmanager
def build_lock(db_path: Path):
    """One build at a time per database; while holding it, temporary files that a killed build
    left behind are removed (no running build can own them)."""
    lock = db_path.parent / f".{db_path.name}.lock"
    with open(lock, "a") as fp:
        fcntl.flock(fp, fcntl.LOCK_EX)
        for stale in db_path.parent.glob(f".{db_path.name}.*.tmp"):
            stale.unlink(missing_ok=True)
        yield


def build_atomically(data_dir: Path = DATA_DIR, db_path: Path = DB_PATH) -> dict[str, Table]:
    """Validate, build into temporary files (the database and serve.site_files beside it), then
    replace the previous ones with them. A running site is unaffected: it serves its own copies
    (front/run.py)."""
    tables = validate(data_dir)
    derived = schema.derived_tables()  # a malformed declaration raises SchemaError, naming the file
    db_path = db_path.resolve()
    with build_lock(db_path):
        fd, tmp = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
        os.close(fd)
        os.unlink(tmp)
        tmp_db = Path(tmp)
        written = {"db": tmp_db}
        try:
            build(tables, tmp_db, derived)
            for kind, content in site_files(tmp_db, db_path).items():
                written[kind] = tmp_db.with_name(f"{tmp_db.name}.{kind}.tmp")
                written[kind].write_bytes(content)
            for path in written.values():
                os.chmod(path, 0o644)
                with path.open("rb") as fp:
                    os.fsync(fp.fileno())
            # the sidecars first: a database is never newer than what describes it
            final = serve.site_files(db_path)
            for kind in sorted(written, key=lambda k: k == "db"):
                os.replace(written[kind], final[kind])
        finally:
            for path in written.values():
                path.unlink(missing_ok=True)
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
            schema.derived_tables()
        else:
            tables = build_atomically(args.data, args.db)
    except schema.SchemaError as e:
        print(f"build_db: {e}; {args.db} left unchanged", file=sys.stderr)
        return 1
    except BuildError as e:
        print(f"build_db: {len(e.problems)} problem(s) found; {args.db} left unchanged:", file=sys.stderr)
        for p in e.problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{t.name} {len(t.rows)}" for t in tables.values())
    print(f"build_db: ok ({counts} rows)" + ("" if args.check else f" -> {label(args.db)}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
