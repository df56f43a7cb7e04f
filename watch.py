"""Propose figures for the new items of a feed of CENTCOM press releases (or of news about them), for review.

    .venv/bin/python watch.py FEED [--out proposals] [--fetch]
    make watch FEED=<url or file>

FEED is an RSS 2.0 or Atom feed, by URL or file. Items that do not speak of ISIS (ISIS, ISIL, Daesh, داعش,
Islamic State) are left out, and so is every item whose address data/sources.csv already cites. For each new item,
`propose.py` reads the item's own text (the feed's content or summary, HTML allowed; with --fetch, the item's page,
fetched with a timeout, where it can be had) and two files are written for a person to review:

    proposals/<source_id>.csv           the proposed rows of figures.csv, with evidence and counted_as
    proposals/<source_id>.sources.csv   the document's row for data/sources.csv

Nothing is ever written into data/: a reviewer copies what is right (README, "Adding a new release").
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import email.utils
import re
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import propose
import schema

ABOUT_ISIS = re.compile(r"\bISIS\b|\bISIL\b|\bDaesh\b|\bIslamic State\b|داعش|تنظيم الدولة", re.I)
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
TIMEOUT = 20  # seconds, for the feed and for each page
USER_AGENT = "centcom-dataset-watch (+https://github.com/)"
CENTCOM_HOSTS = ("centcom.mil", "dvidshub.net")


class WatchError(Exception):
    """A feed that cannot be read: the message says why."""


def _open(url: str):
    """An HTTP response for url, as this watcher asks for it (its User-Agent, TIMEOUT)."""
    return urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": USER_AGENT}), timeout=TIMEOUT)


def read_feed(feed: str) -> bytes:
    if re.match(r"https?://", feed):
        try:
            with _open(feed) as r:
                return r.read()
        except (urllib.error.URLError, OSError, ValueError) as e:
            raise WatchError(f"cannot fetch {feed}: {getattr(e, 'reason', e)}") from None
    try:
        return Path(feed).read_bytes()
    except OSError as e:
        raise WatchError(f"cannot read {feed}: {e.strerror or e}") from None


def _text(element, *names: str) -> str:
    for name in names:
        found = element.find(name)
        if found is not None and (found.text or "").strip():
            return found.text.strip()
    return ""


def _date(value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def items(raw: bytes) -> list[dict]:
    """title, link, published and text of every item of an RSS 2.0 or Atom feed."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as e:
        raise WatchError(f"not an RSS or Atom feed: {e}") from None
    out = []
    for item in root.iter("item"):  # RSS 2.0
        out.append({"title": _text(item, "title"), "link": _text(item, "link", "guid"),
                    "published": _date(_text(item, "pubDate", "{http://purl.org/dc/elements/1.1/}date")),
                    "text": _text(item, CONTENT, "description")})
    for entry in root.iter(f"{ATOM}entry"):  # Atom
        link = next((a.get("href", "") for a in entry.findall(f"{ATOM}link") if a.get("rel", "alternate") == "alternate"), "")
        out.append({"title": _text(entry, f"{ATOM}title"), "link": link,
                    "published": _date(_text(entry, f"{ATOM}published", f"{ATOM}updated")),
                    "text": _text(entry, f"{ATOM}content", f"{ATOM}summary")})
    if not out and root.tag not in ("rss", f"{ATOM}feed") and root.find("channel") is None:
        raise WatchError("not an RSS or Atom feed: no <rss> or <feed> element")
    return out


def cited_urls(data_dir: Path = schema.DATA_DIR) -> set[str]:
    with (data_dir / "sources.csv").open(encoding="utf-8", newline="") as fp:
        return {normal(r["url"]) for r in csv.DictReader(fp)}


def normal(url: str) -> str:
    """An address as compared with sources.csv: no scheme, no "www.", no trailing slash, case-folded."""
    return re.sub(r"^https?://(?:www\.)?|/+$", "", url.strip()).lower()


def source_row(item: dict, text: str) -> dict:
    """The item's proposed row of sources.csv."""
    host = urlparse(item["link"]).hostname or ""
    centcom = host.endswith(CENTCOM_HOSTS)
    release = re.search(r"Release (?:Number|No\.?)\s*:?\s*(\d{8})\s*-\s*(\d{2}[A-Za-z]?)", text)
    release_number = f"{release[1]}-{release[2]}" if release and centcom else ""
    published = item["published"]
    article = re.search(r"/Article/(\d+)", item["link"], re.I)
    if release_number:
        source_id = f"centcom-{release_number}"
    elif centcom and article:
        source_id = f"centcom-article-{article[1]}"
    else:
        outlet = re.sub(r"[^a-z0-9]+", "", host.removeprefix("www.").split(".")[0]) or "source"
        slug = "-".join(re.findall(r"[a-z0-9]+", item["title"].lower())[:5]) or "item"
        source_id = f"{outlet}-{published.strftime('%Y%m%d') if published else 'nodate'}-{slug}"
    return {"source_id": source_id, "publisher": propose.CENTCOM_PUBLISHER if centcom else host.removeprefix("www."),
            "published": published.isoformat() if published else "", "title": item["title"], "url": item["link"],
            "release_number": release_number, "kind": "press_release" if centcom else "news_report",
            "note": "Proposed by watch.py from the feed's text; to be checked against the page."}


def page_text(url: str) -> str | None:
    """The item's page, or None when it cannot be had within the timeout."""
    try:
        with _open(url) as r:
            return r.read(2_000_000).decode(r.headers.get_content_charset() or "utf-8", errors="replace")
    except (urllib.error.URLError, OSError, ValueError):
        return None


def watch(feed: str, out: Path, fetch: bool = False, today: dt.date | None = None) -> list[tuple[str, int]]:
    """Write proposals for every new item about ISIS; (source_id, rows proposed) of each."""
    cited = cited_urls()
    columns = propose.figure_columns()
    source_columns = schema.field_names(schema.load_package(), "sources")
    written = []
    for item in items(read_feed(feed)):
        text = f"{item['title']}\n\n{item['text']}"
        if not item["link"] or normal(item["link"]) in cited or not ABOUT_ISIS.search(text):
            continue
        if fetch:
            text = page_text(item["link"]) or text
        source = source_row(item, propose.text_of(text))
        published = item["published"] or today or dt.date.today()
        rows = propose.propose(text, published, source["source_id"], url=item["link"], publisher=source["publisher"])
        out.mkdir(parents=True, exist_ok=True)
        with (out / f"{source['source_id']}.csv").open("w", encoding="utf-8", newline="") as fp:
            propose.write_csv(rows, fp, columns)
        with (out / f"{source['source_id']}.sources.csv").open("w", encoding="utf-8", newline="") as fp:
            propose.write_csv([source], fp, source_columns)
        written.append((source["source_id"], len(rows)))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feed", help="the feed's address (http/https) or a file")
    parser.add_argument("--out", type=Path, default=schema.ROOT / "proposals", help="where proposals go (not data/)")
    parser.add_argument("--fetch", action="store_true", help=f"read each item's page (timeout {TIMEOUT} s)")
    args = parser.parse_args(argv)
    if not args.feed:
        parser.error("give a feed: make watch FEED=<url or file>")
    if args.out.resolve() == schema.DATA_DIR.resolve() or schema.DATA_DIR.resolve() in args.out.resolve().parents:
        parser.error("proposals are never written into data/")
    try:
        written = watch(args.feed, args.out, args.fetch)
    except (WatchError, schema.SchemaError) as e:
        print(f"watch.py: {e}", file=sys.stderr)
        return 2
    for source_id, n in written:
        print(f"{args.out / source_id}.csv: {n} figure{'s' if n != 1 else ''} proposed")
    if not written:
        print("no new items about ISIS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
