"""The one description of every table the site serves, read from where it is declared:

* source tables (the canonical CSVs): `data/datapackage.json`, a Frictionless Data Package;
* derived tables: `derived/<name>.sql`, one file each, its header declaring the table and
  every column it returns (see derived/README.md for the format).

Everything else is generated from these: Datasette's table and column descriptions (serve.py),
the column tables of the data dictionary at /about (plugins/about.py), the derived tables'
descriptor (/derived.json), and the columns and types the build creates (build_db.py).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA_DIR = ROOT / "data"
DERIVED_DIR = ROOT / "derived"
DOC = ROOT / "docs" / "data.md"  # the data dictionary's prose; the column tables go where it says:
COLUMNS_MARKER = "<!-- columns -->"

# Text a spreadsheet runs as a formula: refused in the CSVs (validate.py), neutralised in every CSV the
# site writes (patches.py).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The one type map: Frictionless field type -> (SQLite column type, Python type of its values).
TYPES = {"string": ("TEXT", str), "integer": ("INTEGER", int), "number": ("REAL", float), "date": ("TEXT", str)}
# Types a derived column may declare, with the Frictionless type the descriptor gives it.
DERIVED_TYPES = {"text": "string", "integer": "integer", "real": "number", "date": "date"}


class SchemaError(Exception):
    """A declaration is malformed: each problem names file, line and what is wrong."""

    def __init__(self, problems):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


@dataclass
class Column:
    name: str
    type: str  # Frictionless type: string, integer, number, date
    description: str


@dataclass
class Derived:
    name: str
    path: Path
    description: str
    columns: list[Column]
    sql: str
    indexes: list[list[str]] = field(default_factory=list)

    @property
    def depends_on(self) -> set[str]:
        return set(re.findall(r"\b[a-z_][a-z0-9_]*\b", self.sql.lower()))


_HEADER = re.compile(r"--\s?(?P<key>table|description|index|column):\s*(?P<value>.*)$")


def label(path: Path) -> str:
    """A path as messages show it: relative to the project, where it is inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def parse_derived(path: Path) -> Derived:
    """Read one derived/<name>.sql: its `-- key: value` header, then the SELECT."""
    where = label(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SchemaError(f"{where}: cannot read: {e}") from None
    name, description, columns, indexes = None, [], [], []
    last: list | None = None  # where a continuation line goes
    body_start = None
    lines = text.split("\n")
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped.startswith("--"):
            if stripped:
                body_start = n
                break
            continue
        m = _HEADER.match(stripped)
        if m:
            key, value = m["key"], m["value"].strip()
            if key == "table":
                name = value
                last = None
            elif key == "description":
                description.append(value)
                last = description
            elif key == "index":
                indexes.append([c.strip() for c in value.split(",") if c.strip()])
                last = None
            else:
                cm = re.fullmatch(r"([a-z_][a-z0-9_]*)\s+(\w+)\s*:\s*(.*)", value)
                if not cm or cm[2] not in DERIVED_TYPES:
                    raise SchemaError(
                        f"{where}:{n}: expected `-- column: <name> <{'|'.join(DERIVED_TYPES)}>: <description>`")
                columns.append([cm[1], DERIVED_TYPES[cm[2]], [cm[3].strip()], n])
                last = columns[-1][2]
        elif stripped.startswith("--  ") and last is not None:
            last.append(stripped[2:].strip())  # continuation of a description
        else:
            last = None
    if name != path.stem:
        raise SchemaError(f"{where}:1: the header must start with `-- table: {path.stem}`")
    if not description:
        raise SchemaError(f"{where}: no `-- description:` line")
    if body_start is None:
        raise SchemaError(f"{where}: no SQL after the header")
    cols = []
    for cname, ctype, words, n in columns:
        desc = " ".join(w for w in words if w)
        if not desc:
            raise SchemaError(f"{where}:{n}: column '{cname}': no description")
        cols.append(Column(cname, ctype, desc))
    seen = set()
    for c in cols:
        if c.name in seen:
            raise SchemaError(f"{where}: column '{c.name}' is declared twice")
        seen.add(c.name)
    for idx in indexes:
        for c in idx:
            if c not in seen:
                raise SchemaError(f"{where}: index on '{c}', which is not a declared column")
    sql = "\n".join(lines[body_start - 1:]).strip().rstrip(";").strip()
    return Derived(name, path, " ".join(description), cols, sql, indexes)


def derived_tables(derived_dir: Path = DERIVED_DIR) -> list[Derived]:
    """Every derived table, in an order where each comes after the derived tables it reads."""
    found = {p.stem: parse_derived(p) for p in sorted(derived_dir.glob("*.sql"))}
    ordered: list[Derived] = []
    while len(ordered) < len(found):
        done = {d.name for d in ordered}
        ready = [d for d in found.values()
                 if d.name not in done and (d.depends_on & set(found)) - {d.name} <= done]
        if not ready:
            left = sorted(set(found) - done)
            raise SchemaError(f"{label(derived_dir)}: derived tables read each other in a cycle: {left}")
        ordered.append(ready[0])
    return ordered


def load_package(data_dir: Path = DATA_DIR) -> dict:
    """datapackage.json, checked for the structure the build relies on (SchemaError lists every
    problem, each naming the file)."""
    path = data_dir / "datapackage.json"
    where = label(path)
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SchemaError([f"{where}: file not found"]) from None
    except (OSError, UnicodeDecodeError) as e:
        raise SchemaError([f"{where}: cannot be read: {e}"]) from None
    except json.JSONDecodeError as e:
        raise SchemaError([f"{where}: line {e.lineno}: invalid JSON: {e.msg}"]) from None
    problems = descriptor_problems(package)
    if problems:
        raise SchemaError([f"{where}: {m}" for m in problems])
    return package


def field_names(package: dict, table: str) -> list[str]:
    """A table's columns as datapackage.json declares them, in order (the order of its CSV's header)."""
    return [f["name"] for r in package["resources"] if r["name"] == table for f in r["schema"]["fields"]]


def descriptor_problems(package) -> list[str]:
    """What is missing or malformed in the descriptor, each as a message naming where."""
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
        return ["expected an object with a list of \"resources\""]
    out = []
    names = [r.get("name") for r in package["resources"] if isinstance(r, dict)]
    for i, r in enumerate(package["resources"]):
        where = f"resources[{i}]"
        if not isinstance(r, dict):
            out.append(f"{where}: expected an object")
            continue
        for key in ("name", "path"):
            if not isinstance(r.get(key), str) or not r.get(key):
                out.append(f"{where}: \"{key}\" must be a non-empty string")
        if isinstance(r.get("path"), str) and ("/" in r["path"] or r["path"].startswith(".")):
            out.append(f"{where}: \"path\" must be a file name in data/")
        schema = r.get("schema")
        fields = schema.get("fields") if isinstance(schema, dict) else None
        if not isinstance(fields, list) or not fields:
            out.append(f"{where}: \"schema\" must have a non-empty list of \"fields\"")
            continue
        fnames = []
        for j, f in enumerate(fields):
            fw = f"{where}.schema.fields[{j}]"
            if not isinstance(f, dict) or not isinstance(f.get("name"), str):
                out.append(f"{fw}: expected an object with a \"name\"")
                continue
            fnames.append(f["name"])
            if f.get("type", "string") not in TYPES:
                out.append(f"{fw} ({f['name']}): type must be one of {', '.join(TYPES)}")
            c = f.get("constraints", {})
            if not isinstance(c, dict):
                out.append(f"{fw} ({f['name']}): \"constraints\" must be an object")
                continue
            if "pattern" in c:
                try:
                    re.compile(c["pattern"])
                except (re.error, TypeError) as e:
                    out.append(f"{fw} ({f['name']}): bad pattern: {e}")
            if "enum" in c and not isinstance(c["enum"], list):
                out.append(f"{fw} ({f['name']}): \"enum\" must be a list")
            labels = f.get("x-labels")
            if labels is not None and (not isinstance(labels, dict) or set(labels) != set(c.get("enum") or [])):
                out.append(f"{fw} ({f['name']}): \"x-labels\" must give a label for each value of its enum, and no other")
        for key in schema.get("primaryKey", []) if isinstance(schema.get("primaryKey", []), list) else ["?"]:
            if key not in fnames:
                out.append(f"{where}: primaryKey names '{key}', which is not a field")
        # how the build orders, indexes and searches the table, declared with it
        declared = [("x-sortKey", [schema.get("x-sortKey", [])]), ("x-fullTextSearch", [schema.get("x-fullTextSearch", [])]),
                    ("x-indexes", schema.get("x-indexes", []))]
        for prop, lists in declared:
            for cols in lists if isinstance(lists, list) else [None]:
                if not isinstance(cols, list) or not all(isinstance(c, str) and c in fnames for c in cols):
                    out.append(f"{where}: \"{prop}\" must list columns of the table, got {cols!r}")
        for fk in schema.get("foreignKeys", []):
            try:
                ok = (all(x in fnames for x in fk["fields"]) and fk["reference"]["resource"] in names)
            except (KeyError, TypeError):
                ok = False
            if not ok:
                out.append(f"{where}: a foreign key is malformed or names an unknown field or resource")
    return out



def shown(name: str) -> str:
    """A header name as a message shows it: invisible characters spelt out."""
    return INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", name)


# The one column the build adds to a source table: to every table with an `evidence` column.
EVIDENCE_URL = Column("evidence_url", "string", (
    "Added when the database is built: the document of evidence_source_id, else of source_id, with a text fragment "
    "for the evidence words (#:~:text=...). Browsers that support text fragments (Chrome, Edge, Safari, Firefox "
    "from 131) scroll to the words and highlight them; others open the page. Blank where evidence is blank."))


@dataclass
class Schema:
    package: dict
    derived: list[Derived]

    @property
    def sources(self) -> list[dict]:
        return self.package["resources"]

    @property
    def renamed(self) -> dict:
        """The names of earlier releases and their new names (datapackage.json "x-renamed")."""
        return self.package.get("x-renamed", {})

    @property
    def searchable(self) -> set[str]:
        """The source tables with a full-text index (declared as "x-fullTextSearch"; the build names it <table>_fts)."""
        return {r["name"] for r in self.sources if r["schema"].get("x-fullTextSearch")}

    @property
    def old_column_names(self) -> dict[str, str]:
        """A column's name in the earlier release, for each renamed column: new name -> old name."""
        return {new: old for old, new in self.renamed.get("columns", {}).items()}

    def columns(self) -> dict[str, list[Column]]:
        """table name -> its columns, for every table the site serves, in database order."""
        out = {r["name"]: [Column(f["name"], f.get("type", "string"), f.get("description", ""))
                           for f in r["schema"]["fields"]] for r in self.sources}
        for cols in out.values():
            if any(c.name == "evidence" for c in cols):
                cols.append(EVIDENCE_URL)
        out.update({d.name: d.columns for d in self.derived})
        return out

    def descriptions(self) -> dict[str, str]:
        out = {r["name"]: r.get("description", "") for r in self.sources}
        out.update({d.name: d.description for d in self.derived})
        return out


@cache
def load(data_dir: Path = DATA_DIR, derived_dir: Path = DERIVED_DIR) -> Schema:
    return Schema(load_package(data_dir), derived_tables(derived_dir))


# ------------------------------------------------------------------ generated outputs


def datasette_tables(schema: Schema) -> dict[str, dict]:
    """Datasette metadata for every table: description and column descriptions. A derived
    table's description also shows the SQL that computed it."""
    out: dict[str, dict] = {}
    for name, cols in schema.columns().items():
        out[name] = {"description": schema.descriptions()[name],
                     "columns": {c.name: c.description for c in cols}}
    for d in schema.derived:
        out[d.name]["description_html"] = (
            f"<p>{escape(d.description)}</p>"
            f'<details class="derived-sql"><summary>How this table is computed (SQL, run once when the '
            f'database is built from the CSVs; source: <code>derived/{escape(d.path.name)}</code>)</summary>'
            f"<pre>{escape(d.sql)}</pre></details>")
    return out


def query_columns(schema: Schema, query: dict, returned: list[str]) -> dict[str, str | None]:
    """Descriptions for a canned query's columns: the query's own `columns` in metadata.yml for
    what it computes, else the description of the column of that name in the tables it reads
    (a name means the same thing everywhere in this database). None where there is neither."""
    own = query.get("columns") or {}
    known: dict[str, str] = {}
    for cols in schema.columns().values():
        for c in cols:
            known.setdefault(c.name, c.description)
    return {c: own.get(c) or known.get(c) for c in returned}


TYPE_NAMES = {"string": "text", "integer": "integer", "number": "number", "date": "date"}


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_columns(schema: Schema, name: str) -> str:
    """One table's columns as a Markdown table: column | type | meaning."""
    rows = ["| column | type | meaning |", "|---|---|---|"]
    rows += [f"| `{c.name}` | {TYPE_NAMES.get(c.type, c.type)} | {_md(c.description)} |"
             for c in schema.columns()[name]]
    return "\n".join(rows)


def markdown_dictionary(schema: Schema) -> str:
    """The generated part of the data dictionary: every source and derived table with its columns."""
    parts = ["## Source tables (the canonical CSVs in `data/`)", ""]
    for r in schema.sources:
        key = ", ".join(r["schema"].get("primaryKey", []))
        parts += [f"### {r['name']}", "", _md(r.get("description", "")) + f" Key: {key}.", "",
                  markdown_columns(schema, r["name"]), ""]
    parts += ["## Derived tables (computed once, at build time, from the source tables)", "",
              "Each is declared, with its SQL and its columns, in `derived/<name>.sql`; its page shows the SQL.", ""]
    for d in schema.derived:
        parts += [f"### {d.name}", "", _md(d.description), "", markdown_columns(schema, d.name), ""]
    return "\n".join(parts)


def markdown_measures(data_dir: Path = DATA_DIR) -> str:
    """The measures a figure can count, from data/measures.csv."""
    import csv

    with (data_dir / "measures.csv").open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    out = ["## Measures (from `data/measures.csv`)", "", "| measure | label | unit | what it counts |", "|---|---|---|---|"]
    out += [f"| `{r['measure']}` | {_md(r['label'])} | {_md(r['unit'])} | {_md(r['description'])} |" for r in rows]
    return "\n".join(out) + "\n"


SEARCHED = ROOT / "docs" / "searched-2026.md"  # the record of what was searched for and not found


def data_dictionary(schema: Schema) -> str:
    """docs/data.md with the generated measure and column tables in place of its marker, and the record
    of the searches for 2026 at the end, one heading level down (served at /about)."""
    generated = markdown_measures() + "\n" + markdown_dictionary(schema)
    searched = re.sub(r"^(#+) ", r"#\1 ", SEARCHED.read_text(encoding="utf-8"), flags=re.M)
    return DOC.read_text(encoding="utf-8").replace(COLUMNS_MARKER, generated) + "\n" + searched


def derived_descriptor(schema: Schema) -> dict:
    """A Frictionless-style descriptor of the derived tables (served at /derived.json)."""
    return {
        "name": "centcom-defeat-isis-derived",
        "description": "Tables computed from the canonical CSVs when the database is built.",
        "resources": [{
            "name": d.name, "description": d.description, "sql": d.sql,
            "schema": {"fields": [{"name": c.name, "type": c.type, "description": c.description}
                                  for c in d.columns]},
        } for d in schema.derived],
    }
