"""SQL functions the derived tables use, registered on every connection that runs them:
the build (build_db.py) and the site (plugins/sql_functions.py), so the SQL shown on a derived
table's page also runs as pasted into the site's SQL box.

    window_label(start, end)   '2022', 'July 2023', 'January-March 2024', '29 August - 4 November 2024'
    as_stated(value, qualifier) 'more than 20', 'nearly 80', '31'
    sum_qualifier(qualifier)    aggregate: the wording of a sum of figures with these qualifiers
"""
from __future__ import annotations

import datetime as dt
import sqlite3

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WORDS = {"exact": "", "at_least": "at least", "more_than": "more than", "nearly": "nearly",
         "approximately": "approximately", "up_to": "up to"}


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _day(d: dt.date, year: bool = True) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def window_label(start: str | None, end: str | None) -> str | None:
    try:
        a, b = _date(start), _date(end)
    except (TypeError, ValueError):
        return None
    month_aligned = a.day == 1 and (b + dt.timedelta(days=1)).day == 1
    if month_aligned:
        if a.month == 1 and b.month == 12 and a.year == b.year:
            return str(a.year)
        if (a.year, a.month) == (b.year, b.month):
            return f"{MONTHS[a.month - 1]} {a.year}"
        if a.year == b.year:
            return f"{MONTHS[a.month - 1]}–{MONTHS[b.month - 1]} {a.year}"
        return f"{MONTHS[a.month - 1]} {a.year}–{MONTHS[b.month - 1]} {b.year}"
    if a == b:
        return _day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {MONTHS[a.month - 1]} {a.year}"
    return f"{_day(a, year=a.year != b.year)} – {_day(b)}"


def as_stated(value, qualifier: str | None) -> str | None:
    if value is None:
        return None
    word = WORDS.get(qualifier or "exact", qualifier)
    return f"{word} {value:,}".strip() if isinstance(value, int) else f"{word} {value}".strip()


GENERIC_NOUN = "ISIS operatives "  # how measures.csv's labels name the people counted


def as_counted(label: str | None, counted_as: str | None) -> str | None:
    """A measure's label in the source's own noun: ('ISIS operatives killed', 'terrorists') ->
    'terrorists killed'. Labels that do not start with the generic noun stay as they are; a noun in
    another script (an Arabic source) is given beside the label, not inside an English phrase."""
    if not (label and counted_as and label.startswith(GENERIC_NOUN)):
        return label
    if not counted_as.isascii() and not any(c.isascii() and c.isalpha() for c in counted_as):
        return f"{label} (the source's word: {counted_as})"
    return f"{counted_as} {label[len(GENERIC_NOUN):]}"


class SumQualifier:
    """exact + exact = exact; with 'at least' = at_least; with 'more than' (and no looser
    wording) = more_than; any nearly / approximately / up to = approximately."""

    def __init__(self):
        self.seen: set[str] = set()

    def step(self, qualifier):
        if qualifier is not None:
            self.seen.add(qualifier)

    def finalize(self):
        if not self.seen:
            return None
        if self.seen <= {"exact"}:
            return "exact"
        if self.seen <= {"exact", "at_least"}:
            return "at_least"
        if self.seen <= {"exact", "at_least", "more_than"}:
            return "more_than"
        return "approximately"


NAMES = ("window_label", "as_stated", "as_counted", "sum_qualifier")  # allowed by plugins/read_only.py's authorizer


def register(conn: sqlite3.Connection) -> None:
    conn.create_function("window_label", 2, window_label, deterministic=True)
    conn.create_function("as_stated", 2, as_stated, deterministic=True)
    conn.create_function("as_counted", 2, as_counted, deterministic=True)
    conn.create_aggregate("sum_qualifier", 1, SumQualifier)
