"""/key-figures (and /key-figures.json): for each year from 2022 and for the latest window, the CENTCOM
statements that cover it, in plain sentences generated from the presented figures (no number is typed
into a template). Each figure keeps its wording ("more than 20"), links to the document it was read in,
and says when it comes from a report quoting CENTCOM or when other reports word it differently.

The data cannot change while the process runs, so the page's content is computed once per process.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from datasette import hookimpl
from datasette.utils.asgi import Response

import sqlfunctions

FIRST_YEAR = 2022
COUNTRIES = ["Iraq", "Syria"]
# How each measure reads in a sentence; measures not listed use measures.label.
NOUNS = {
    "operations": "Operations (U.S. and partner forces)",
    "partnered_operations": "Partnered operations",
    "us_only_operations": "U.S.-only operations",
    "killed": "ISIS operatives killed",
    "detained": "ISIS operatives detained",
    "killed_or_detained": "ISIS operatives killed or captured (one combined figure, not a number killed)",
    "leaders_killed": "Senior ISIS leaders killed",
    "leaders_captured": "Senior ISIS leaders captured",
    "leaders_killed_or_captured": "ISIS leaders killed or captured (combined)",
}
ORDER = list(NOUNS)

# Where the record of what was searched for and not found is served (docs/searched-2026.md, at the end of /about):
# JSON gives the address in the gap's sentence, the page makes those words a link to it.
SEARCHED = {"words": "see what was searched for", "href": "/about#what-was-searched-for-2026-and-not-found"}

SQL = """
select p.period_start, p.period_end, p.period, p.days, p.country, p.measure, p.value, p.qualifier,
  p.as_stated, p.counted_as, p.in_words, p.evidence, p.evidence_url, p.assessment, p.source_id, p.contested,
  p.alternatives,
  s.publisher, s.published, s.kind, m.label
from presented_figures p
join sources s on s.source_id = p.source_id
join measures m on m.measure = p.measure
order by p.period_start, p.period_end
"""
TOTALS_SQL = """
select year, country, measure, as_stated, coverage, months_covered, windows
from yearly_totals where windows > 1 order by year, measure, country
"""


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def home_year(start: str, end: str) -> int:
    """The year that holds most of a window's days (a window is listed under one year)."""
    a, b = _date(start), _date(end)
    days: dict[int, int] = defaultdict(int)
    d = a
    while d <= b:
        days[d.year] += 1
        d += dt.timedelta(days=1)
    return max(days, key=lambda y: (days[y], -y))


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def figure_json(f: dict, source_url: str) -> dict:
    out = {k: f[k] for k in ("country", "measure", "value", "qualifier", "as_stated", "counted_as", "in_words",
                             "assessment", "source_id", "evidence", "evidence_url")}
    out["source_url"] = source_url
    out["read_in"] = ("CENTCOM's own text" if f["assessment"] == "primary"
                      else f"{f['publisher']}, quoting CENTCOM (CENTCOM's own text was not found)")
    if f["contested"]:
        out["other_wording"] = f["alternatives"]
    return out


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def measure_sentence(label: str, figs: dict[str, dict]) -> str:
    """'Operations: 313 in all (191 in Iraq, 122 in Syria).' from the figures per country."""
    # "Detainees moved from Syria to Iraq: 150", not "... to Iraq: 150 in Syria": the label names the countries
    parts = [figs[c]["as_stated"] + ("" if c in label else f" in {c}") for c in COUNTRIES if c in figs]
    if "Total" in figs:
        text = f"{figs['Total']['as_stated']} in all"
        if parts:
            text += f" ({', '.join(parts)})"
    else:
        text = _join(parts)
        if len(parts) > 1:
            text += " (no total stated)"
    return f"{label[:1].upper()}{label[1:]}: {text}."


def statement(window_figs: list[dict], source_url) -> dict:
    first = window_figs[0]
    by_measure: dict[str, dict[str, dict]] = defaultdict(dict)
    labels = {}
    for f in window_figs:
        by_measure[f["measure"]][f["country"]] = f
        # in the document's own noun ("terrorists killed") where it names who was counted
        if f["measure"] not in labels or f["country"] == "Total":
            labels[f["measure"]] = sqlfunctions.as_counted(NOUNS.get(f["measure"], f["label"]), f["counted_as"])
    measures = sorted(by_measure, key=lambda m: (ORDER.index(m) if m in ORDER else len(ORDER), m))
    countries = [c for c in COUNTRIES + ["Total"] if any(c in by_measure[m] for m in measures)]
    scope = _join([c for c in countries if c != "Total"]) if set(countries) - {"Total"} else "Iraq and Syria together"
    items = []
    for m in measures:
        figs = by_measure[m]
        items.append({
            "measure": m,
            "sentence": measure_sentence(labels[m], figs),
            "figures": [figure_json(figs[c], source_url(figs[c]["source_id"]))
                        for c in COUNTRIES + ["Total"] if c in figs],
        })
    quoted = sorted({f["publisher"] for f in window_figs if f["assessment"] != "primary"})
    primary = any(f["assessment"] == "primary" for f in window_figs)
    if primary and not quoted:
        read = "Read in CENTCOM's own release."
    elif primary:
        read = f"Read in CENTCOM's own release, and in reports quoting it ({_join(quoted)})."
    else:
        read = f"CENTCOM's own release was not found; the figures are as {_join(quoted)} quoted it."
    return {
        "period_start": first["period_start"], "period_end": first["period_end"],
        "window": first["period"], "days": first["days"], "countries": countries, "scope": scope,
        "lead": (f"{first['period']} ({plural(first['days'], 'day')}, {scope}): what CENTCOM said about operations by "
                 f"U.S. and partner forces against ISIS. {read}"),
        "read_in": read,
        "items": items,
    }


def overlaps(statements: list[dict]) -> list[str]:
    """One sentence per window that contains others, and one per pair that only partly overlaps."""
    contains: dict[int, list[str]] = defaultdict(list)
    partial = []
    for i, a in enumerate(statements):
        for j, b in enumerate(statements):
            if i >= j or not (a["period_start"] <= b["period_end"] and b["period_start"] <= a["period_end"]):
                continue
            if a["period_start"] <= b["period_start"] and a["period_end"] >= b["period_end"]:
                contains[i].append(b["window"])
            elif b["period_start"] <= a["period_start"] and b["period_end"] >= a["period_end"]:
                contains[j].append(a["window"])
            else:
                partial.append(f"The {a['window']} and {b['window']} windows overlap: do not add their figures.")
    out = [f"The {statements[i]['window']} window contains the {_join(inner)} "
           f"window{'s' if len(inner) > 1 else ''}: do not add their figures." for i, inner in sorted(contains.items())]
    return out + partial


def compute(rows: list[dict], totals: list[dict], source_url, today: dt.date) -> dict:
    windows: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        windows[(r["period_start"], r["period_end"])].append(r)
    statements = [statement(figs, source_url) for _, figs in sorted(windows.items())]
    latest_end = max(s["period_end"] for s in statements)
    latest = max((s for s in statements if s["period_end"] == latest_end), key=lambda s: s["period_start"])
    years = []
    for year in range(FIRST_YEAR, today.year + 1):
        mine = [s for s in statements if home_year(s["period_start"], s["period_end"]) == year]
        sums = sorted((t for t in totals if t["year"] == str(year)),
                      key=lambda t: (ORDER.index(t["measure"]) if t["measure"] in ORDER else len(ORDER),
                                     (COUNTRIES + ["Total"]).index(t["country"])))
        entry = {"year": year, "statements": mine, "overlaps": overlaps(mine), "sums": [], "gaps": []}
        if not mine:
            entry["gaps"].append(f"We found no CENTCOM tally whose window lies mostly in {year}.")
        else:
            # a calendar year, or a 12-month window lying mostly in it ("the past year", published in December)
            whole = {c for st in mine if st["days"] >= 360 for c in st["countries"]}
            missing = [c for c in COUNTRIES if c not in whole and "Total" not in whole]
            if missing:
                entry["gaps"].append(
                    f"No CENTCOM figure covers the whole of {year} for {_join(missing)}: the windows below cover "
                    "parts of it, and figures of different windows must not be added up as a year.")
        for t in sums:
            entry["sums"].append(
                f"{NOUNS.get(t['measure'], t['measure'])}, {t['country']}: {t['as_stated']}, adding up "
                f"{t['windows']} windows that cover {t['coverage']} ({t['months_covered']} of 12 months).")
        if year == _date(latest_end).year:
            entry["gaps"].append(
                f"The newest CENTCOM figure in the data covers up to {sqlfunctions.window_label(latest_end, latest_end)}; "
                f"no later tally or figure was found ({SEARCHED['words']}: {SEARCHED['href']}).")
        years.append(entry)
    return {"as_of": latest_end, "latest": latest, "years": years,
            "note": ("Counts are CENTCOM's claims about operations by U.S. and partner forces; 'operation' and "
                     "'ISIS operative' are not defined by CENTCOM. Windows are as published and overlap: never "
                     "add figures from overlapping windows. What is marked 'Added up by us' is our arithmetic over "
                     "month-aligned, non-overlapping windows, with the months it covers.")}


_cache: dict[int, dict] = {}


async def key_figures_data(datasette) -> dict:
    key = id(datasette)
    if key not in _cache:
        db = datasette.get_database("centcom")
        rows = [dict(r) for r in (await db.execute(SQL)).rows]
        totals = [dict(r) for r in (await db.execute(TOTALS_SQL)).rows]
        _cache[key] = compute(rows, totals, lambda sid: datasette.urls.row("centcom", "sources", sid),
                              dt.date.today())
    return _cache[key]


async def key_figures(datasette, request):
    data = await key_figures_data(datasette)
    if request.url_vars.get("format") == "json":
        return Response.json(data, headers={"Access-Control-Allow-Origin": "*"})
    return Response.html(await datasette.render_template("key_figures.html", {"kf": data, "searched": SEARCHED},
                                                               request=request))


@hookimpl
def register_routes():
    return [(r"^/key-figures(\.(?P<format>json))?$", key_figures)]
