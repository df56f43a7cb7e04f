#!/usr/bin/env python3
"""Where does the reader miss on text it had never seen? Each labelled set is read again by the reader as it was
when the set was first scored, unseen (the commit LABELLED_FIRST_SIGHT records, checked out in a temporary git
worktree), and scored on the figure alone (value and measure) and then with each other column added.

    .venv/bin/python bench/first_sight.py [--out bench/first-sight-results.md] [--from-round 14]

A column that costs much here is where the rules do not carry to new documents; one that costs little is not.
The texts are found as bench/reader.py finds them (outside the repository).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import reader  # noqa: E402

# key: (period_start, period_end, country, measure, value, qualifier, CENTCOM's)
FIELDS = {
    "the figure (value, measure)": lambda k: (k[4], k[3]),
    "and its window": lambda k: (k[4], k[3], k[0], k[1]),
    "and its country": lambda k: (k[4], k[3], k[2]),
    "and its qualifier": lambda k: (k[4], k[3], k[5]),
    "and whether CENTCOM states it": lambda k: (k[4], k[3], k[6]),
    "all columns": lambda k: k,
}
# run inside the old commit's tree: its propose.py, each document's rows as JSON
_READ = ("import json, sys, datetime as dt; sys.path.insert(0, '.'); import propose; "
         "print(json.dumps([[{k: r[k] for k in ('period_start', 'period_end', 'country', 'measure', 'value', 'qualifier', "
         "'stated_by')} for r in propose.propose(open(p, encoding='utf-8').read(), dt.date.fromisoformat(d))] "
         "for p, d in json.load(sys.stdin)]))")


def round_of(name: str) -> int:
    m = re.search(r"\d+", name)
    return int(m.group()) if m else 0


def documents(directory: Path) -> list[tuple[Path, str, list[tuple]]]:
    """(text, published, labelled keys) of each labelled document of a set whose text is here."""
    return [(path, published.isoformat(), [reader.key(r) for r in rows])
            for _slug, path, published, rows in reader.documents(directory)]


def read_at(commit: str, docs: list[tuple[Path, str, list]]) -> list[list[tuple]]:
    """The rows the reader of `commit` proposes for each document (its keys)."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
                       check=True, capture_output=True)
        try:
            done = subprocess.run([sys.executable, "-c", _READ], cwd=tree, check=True, capture_output=True, text=True,
                                  input=json.dumps([[str(p), d] for p, d, _ in docs]))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
    return [[reader.key(r) for r in rows] for rows in json.loads(done.stdout)]


def score(pairs: list[tuple[list, list]]) -> dict[str, tuple[int, int, int]]:
    """Per FIELDS entry: (matched, proposed, expected) over (proposed keys, labelled keys) pairs."""
    out = {}
    for name, cut in FIELDS.items():
        m = p = e = 0
        for got, want in pairs:
            g, w = Counter(map(cut, got)), Counter(map(cut, want))
            m, p, e = m + sum((g & w).values()), p + sum(g.values()), e + sum(w.values())
        out[name] = (m, p, e)
    return out


def report(by_round: dict[int, dict], sets: list[str]) -> str:
    pooled = {name: tuple(sum(s[name][i] for s in by_round.values()) for i in range(3)) for name in FIELDS}
    lines = ["# Where the reader misses on text it had never seen", "",
             "Written by `bench/first_sight.py`: each labelled set read by the reader of the commit that first scored it",
             f"(LABELLED_FIRST_SIGHT; sets {', '.join(sets)}), scored on the figure alone and with each other column",
             "added (precision, recall). The drop from the first row to a later one is what that column costs on",
             "documents the rules were not written against.", "",
             "| round | " + " | ".join(FIELDS) + " |", "|---|" + "---|" * len(FIELDS)]
    for rnd, scores in sorted(by_round.items()) + [("all", pooled)]:
        lines.append(f"| {rnd} | " + " | ".join(f"{reader.ratio(m, p)}, {reader.ratio(m, e)}" for m, p, e in scores.values()) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "first-sight-results.md")
    parser.add_argument("--from-round", type=int, default=14)
    args = parser.parse_args(argv)
    by_commit: dict[str, list[str]] = defaultdict(list)
    for name, (_p, _r, commit) in reader.LABELLED_FIRST_SIGHT.items():
        if round_of(name) >= args.from_round and (reader.LABELLED / name).is_dir():
            by_commit[commit].append(name)
    pairs: dict[int, list] = defaultdict(list)
    sets = []
    for commit, names in by_commit.items():
        for name in names:
            docs = documents(reader.LABELLED / name)
            if not docs:
                continue
            sets.append(name)
            rows = read_at(commit, docs)
            pairs[round_of(name)] += [(got, want) for got, (_, _, want) in zip(rows, docs)]
    if not pairs:
        print(f"no labelled texts found (looked beside the labels and under {reader.HELDOUT})", file=sys.stderr)
        return 1
    args.out.write_text(report({r: score(p) for r, p in pairs.items()}, sorted(sets, key=lambda s: (round_of(s), s))),
                        encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
