#!/usr/bin/env python3
"""Generate the data changelog (docs/changelog.json, served at /changelog) from the diff of the
canonical CSVs between consecutive releases listed in data/releases.csv.

    python changelog.py            # rewrite docs/changelog.json, and the release version elsewhere
    python changelog.py --check    # exit 1 if docs/changelog.json is not what the history gives

The release version and date are written once, as the last row of data/releases.csv; this also
writes them into data/datapackage.json ("version") and CITATION.cff ("version", "date-released"),
and validate.py fails the build when either disagrees with releases.csv.

Each release's CSVs are read from git (`git show <git_ref>:data/<file>`; the current release, which
has no git_ref, from this checkout) and compared with csv-diff, keyed on each table's primary key
from datapackage.json: rows added, removed and changed (with the old and new value of each
changed cell), and columns added or removed. It needs the repository's history, so it runs at
development time; the container serves the committed result.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from csv_diff import compare

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
OUT = ROOT / "docs" / "changelog.json"


def read_at(ref: str | None, path: str) -> str | None:
    """A file's text at a commit (None if it did not exist), or in the checkout when ref is None."""
    if ref is None:
        p = ROOT / path
        return p.read_text(encoding="utf-8") if p.exists() else None
    r = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:{path}"], capture_output=True)
    if r.returncode != 0:
        if b"does not exist" in r.stderr or b"exists on disk, but not in" in r.stderr:
            return None
        raise SystemExit(f"changelog: git cannot read {path} at {ref}: {r.stderr.decode().strip()}")
    return r.stdout.decode("utf-8")


def keyed(text: str | None, key: list[str]) -> tuple[dict, list[str]]:
    if text is None:
        return {}, []
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    rows = {" | ".join(r.get(c, "") for c in key): r for r in reader}
    return rows, list(reader.fieldnames or [])


def diff_release(old_ref: str | None, new_ref: str | None) -> list[dict]:
    package = json.loads(read_at(new_ref, "data/datapackage.json"))
    old_package = json.loads(read_at(old_ref, "data/datapackage.json"))
    # tables and columns renamed in this release (datapackage.json "x-renamed"): compared under their new names
    renamed = package.get("x-renamed", {}) if package.get("x-renamed") != old_package.get("x-renamed") else {}
    old_name = {new: old for old, new in renamed.get("tables", {}).items()}
    old_paths = {r["name"]: r["path"] for r in old_package["resources"]}
    columns = renamed.get("columns", {})
    out = []
    for res in package["resources"]:
        key = res["schema"].get("primaryKey") or [res["schema"]["fields"][0]["name"]]
        was = old_name.get(res["name"], res["name"])
        old_text = read_at(old_ref, f"data/{old_paths[was]}") if was in old_paths else None
        old_header: list[str] = []
        if old_text is not None and columns:
            header, _, body = old_text.lstrip("\ufeff").partition("\n")
            old_header = next(csv.reader([header]))
            old_text = ",".join(columns.get(c, c) for c in old_header) + "\n" + body
        old, old_cols = keyed(old_text, key)
        new, new_cols = keyed(read_at(new_ref, f"data/{res['path']}"), key)
        if old and new:
            d = compare(old, new)
        else:  # a table that is new in this release (or gone): csv-diff needs rows on both sides
            d = {"added": list(new.values()), "removed": list(old.values()), "changed": []}
        changed = [{"key": c["key"], "changes": {col: {"old": v[0], "new": v[1]} for col, v in c["changes"].items()}}
                   for c in d["changed"]]
        out.append({
            "table": res["name"], "key": key, "new_table": not old_cols,
            "renamed_from": was if was != res["name"] else None,
            "columns_renamed": {o: n for o, n in columns.items() if o in old_header},
            "columns_added": [c for c in new_cols if c not in old_cols] if old_cols else [],
            "columns_removed": [c for c in old_cols if c not in new_cols],
            "rows_before": len(old), "rows_after": len(new),
            "added": [" | ".join(r.get(c, "") for c in key) for r in d["added"]],
            "removed": [" | ".join(r.get(c, "") for c in key) for r in d["removed"]],
            "changed": changed,
        })
    return out


def generate() -> dict:
    with (DATA / "releases.csv").open(encoding="utf-8", newline="") as fp:
        releases = list(csv.DictReader(fp))
    entries = []
    for i, rel in enumerate(releases):
        prev = releases[i - 1] if i else None
        entries.append({
            "version": rel["version"], "released": rel["released"], "summary": rel["summary"],
            "compared_with": prev["version"] if prev else None,
            "tables": diff_release(prev["git_ref"] if prev else None, rel["git_ref"] or None) if prev else [],
        })
    return {"releases": list(reversed(entries)),
            "note": "Generated by changelog.py from the diff of the canonical CSVs between releases (csv-diff), "
                    "keyed on each table's primary key."}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if docs/changelog.json is out of date")
    args = ap.parse_args(argv)
    text = json.dumps(generate(), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("changelog: docs/changelog.json is out of date: run `make changelog`", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"changelog: wrote {OUT.relative_to(ROOT)}")
    sync_release_version()
    return 0


def sync_release_version() -> None:
    """data/releases.csv's last row -> datapackage.json's version, CITATION.cff's version and date."""
    import re

    last = list(csv.DictReader((DATA / "releases.csv").open(encoding="utf-8")))[-1]
    package = DATA / "datapackage.json"
    text = package.read_text(encoding="utf-8")
    package.write_text(re.sub(r'^(  "version": )"[^"]*"', rf'\g<1>"{last["version"]}"', text, count=1, flags=re.M),
                       encoding="utf-8")
    citation = ROOT / "CITATION.cff"
    text = citation.read_text(encoding="utf-8")
    text = re.sub(r'^version: .*$', f'version: "{last["version"]}"', text, count=1, flags=re.M)
    text = re.sub(r'^date-released: .*$', f'date-released: "{last["released"]}"', text, count=1, flags=re.M)
    citation.write_text(text, encoding="utf-8")
    print(f"changelog: release {last['version']} ({last['released']}) written into data/datapackage.json and CITATION.cff")


if __name__ == "__main__":
    sys.exit(main())
