"""Propose rows of data/figures.csv from the text of one document: a CENTCOM release, or a news report of one.

    .venv/bin/python propose.py FILE --published YYYY-MM-DD [--source-id ID] [--url URL]

FILE is plain text or HTML (tags, scripts, styles, entities and page furniture are dropped), in English or
Arabic, whole or only its first part. Printed on stdout: a CSV with figures.csv's columns (read from
data/datapackage.json) plus `evidence` (the words of the text that state the figure, exactly as they stand) and
`counted_as` (the text's noun for who was counted), one row per tally the text states. Nothing is written
anywhere: a person reviews the rows before any of them reaches data/ (see README, "Adding a new release").

How a figure is read (docs/data.md, "Reading a document into figures", has the rules these follow):

* a number (digits with or without separators (a day only where a month stands next to it and no count noun
  follows: "خلال شباط 33 عملية" is a count), also right after Arabic و/ب/ل, Arabic-Indic digits, English or
  Arabic number words, an Arabic singular or dual noun after its verb: "مقتل عنصر" 1, "مقتل عنصرين" 2, and "no"
  or "لم تنفذ أي" before U.S.-only operations: 0), with the words before it giving the qualifier ("more than" ->
  more_than, "at least", "nearly", "about", "up to", and their Arabic forms: "أكثر من", "ما يقرب من", "نحو" ...);
* its measure from the words around it (MEASURE_AFTER, PEOPLE_VERB_*): operations, partnered or U.S.-only
  operations (also when "joint operations" / "العمليات المشتركة" or "بالتعاون مع قوات ..." comes before the number,
  or "جنباً إلى جنب مع" after it; one partner force of PARTNER_FORCES, the one list of them, named before or after
  the count makes it partnered and gives its country; "32 partnered and 3 U.S.-only operations", "191 partner operations", "14
  independent operations", "نفّذت وحدها عمليتين": U.S.-only; "108 joint operations in Syria and 191 additional
  operations in Iraq": both partnered), killed, detained, killed or detained
  when only combined ("among those killed or detained were", "مقتل واعتقال"), leaders (also commanders, emirs,
  قادة, قيادي) killed or captured, strikes, targets, munitions, weapons caches, U.S. service members wounded
  ("أصيب أربعة جنود أمريكيين"; "no injuries to U.S. personnel", "لم تقع إصابات بين أفراد القوات الأميركية": 0),
  coalition members killed and wounded ("one Coalition member was killed and two were wounded", "the death of a
  non-U.S. coalition soldier and wounded two other non-U.S. personnel", "قتل أحد أفراد
  التحالف، وأصيب اثنان آخران", in the country of the sentence that gave their window), attacks ISIS claimed, took responsibility for, carried out or "was behind" ("مسؤوليته عن 153 هجوماً", "كان وراء 121
  هجوما"), detainees moved
  from Syria to Iraq. Leaders "including" / "بينهم" after the people just counted are leaders killed, captured, or
  killed or captured where both were counted just before. A count after a label names the label's measure ("Operations: 196", "ISIS killed: 44", "عدد العمليات: 196"),
  as does "the number of ... rose to 40", "the death toll ... stood at 9", "عدد القتلى ... بلغ 9".
  A share of the operations just counted ("Of these
  operations, 137 were in Iraq", "Of these, 30 were in Iraq", "137 منها", "including 191 in Iraq and 122 in
  Syria") is operations. Arabic nouns may follow "من" ("18 من عناصر داعش"), and an Arabic verb may come before its
  subject ("قتلت القوات الأمريكية 12 عنصرا"). A number with no such words, or whose noun is not ISIS (troops,
  soldiers, civilians, aircraft, years...), is not a tally and gives no row, nor are people killed or detained "in
  a strike" / "in a raid" / "في غارة" (one announced operation's);
* its country from the sentence ("In Iraq, ...", "... in Syria", a two-column "In Iraq In Syria" table, an
  "In Iraq:" list, a bulleted list whose measures run twice under a line naming "Iraq and Syria": one group per
  country in that order), Total after a list of both ("137 in Iraq and 59 in Syria, leading to 44 deaths"), not a
  country named for what the figure "included" ("95 operations included strikes in Syria"), the one partner force
  the sentence names (SDF: Syria, Iraqi Security Forces: Iraq), the previous sentence's country where this one
  points back ("there", "as a result", "these operations"), else Syria for a text whose opening names only Syria
  and which names Syria more often than Iraq overall (leaving aside detainees moved "to Iraq"; a photo caption's
  "Syria" above a report on both countries is not enough), or which names Syria and no other country anywhere
  (menus may fill its opening), else Total. Detainees moved to Iraq are counted for Syria;
* its window from the nearest window words (WINDOW_PATTERNS): a named month (an Arabic month may carry its second
  name: "تشرين الأول/ أكتوبر"); a quarter ("first three months", "الأشهر الثلاثة الأولى", "الربع الأول من 2024"), the
  first N months of a year, a half-year; a year ("في 2022"), "since the beginning of 2024" (to the end of the month
  before the statement); last year, last month (the calendar ones), last week (the seven days before the
  statement); a range of months or of dates ("Dec. 20-29", "between 1 and 10 December", "between February 3 and Thursday"); "since <date>" ("منذ 29 آب", "since
  partnered operations resumed on December 8"); a "past year" said of CENTCOM's "efforts" carries to the next
  sentence's counts; a dateline's "16th December, 2022" and "منتصف الشهر الجاري" date one day, not a window; an Arabic
  ordinal day before its month ("من أول تشرين الأول إلى السادس من تشرين الثاني") is read as its number; "over the
  past six months" / "past year" counted back from the day of the statement (or, where the text also gives the
  statement's "since August 29", from that day, as is its "since late August"; a "since July" beside "past six months" leaves each figure its own
  window, as CENTCOM's release of 17 December 2025 and figures.csv have them). The day of the statement is --published, or the weekday a report
  names ("said on Monday", "قالت ... يوم السبت", "وأوضحت ... يوم الأربعاء"), or the date it names ("On December 17, CENTCOM posted", "its
  December 17 post"), or the day before publication ("said yesterday", "أعلنت ... أمس"). A loose
  "this/last/past month" takes the dates (up to 45 days) a text gives for its operations. A figure for a named
  campaign whose start data/events.csv records ("during Hawkeye Strike", "after nearly two months of operations",
  "over the course of two months of operations", "the campaign ... in the last two months", "عملية عين الصقر ... في الشهرين الماضيين") runs from that start to the
  statement; "as of the end of March" says when a count stood, not its window; detainees moved to Iraq, from the day the move "began" to the day it was
  "completed" (or its stated length, forward from its start or back from its end), or on the statement's day alone
  where the text says the move began without a date (the one figure a single day dates); a count "so far" of a
  move whose start the text does not date runs from the move's first day in data/events.csv (to its last day there,
  where the text calls it completed); a batch moved on a day the text names ("on Sunday", "اليوم") is that day's;
  "up to 7,000 could be moved" is a plan, never a count. A single day ("on 9 August", "6 من تموز", "earlier this month") dates an
  event: a figure in its clause is an announced operation (data/operations.csv), not a tally, and gives no row; a
  day is never carried to the next sentences, nor taken from another clause where it dates the statement ("said on
  Thursday 6 July that ...") or from outside the quotation that holds the figure. A bare "the December 19 strike"
  is such a day; a date after "through" or "until" is none. The targets and munitions of "the most recent
  operation" and the dead of "last month's raid" are one operation's;
* who states it: CENTCOM when the text is CENTCOM's own (`primary`) or attributes the figures to CENTCOM
  (also "القيادة الوسطى", "the US military", the Defense Department, a U.S. military official, "the U.S.-led
  coalition said") (`quoted`); the outlet, for its own running sum ("so far this year", "tallies maintained by"), and a partner
  (SDF, the Syrian Observatory, the Iraqi government) when the text gives the count as theirs (`outlet_count`),
  also where the sentence names the U.S. military but the count is "according to" / "حسبما قال" them.

One row per window, country, measure, value and qualifier: the first statement of each, a statement with its own window words
before one that borrows them, a heading's only where the body does not state it; a rounded figure ("nearly 200")
is kept beside an exact one of the same window (196). A figure restated with a counted-back window ("over the past
ten days") beside the window the text states for it ("Dec. 20-29") is given once. Arabic vowel marks and the tatweel
are read through ("سوريّة", "الـ200"), and common Egyptian spellings ("فى", "الماضى") as the rules expect them; the
evidence is always the text's own words, as it spells them.

Bad input (an unreadable file, a missing or invalid --published) is a message on stderr and exit status 2; a text
with no figures gives the header only.
"""
from __future__ import annotations

import argparse
import ast
import calendar
import csv
import datetime as dt
import functools
import re
from collections import Counter
import sys
from html.parser import HTMLParser
from pathlib import Path

import schema
from evidence import AR_NUMBER_WORDS, DIGITS, EN_TENS, EN_UNITS

CENTCOM_PUBLISHER = "U.S. Central Command"

# ---------------------------------------------------------------------------------------------- reading the text

SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "button",
             "select", "template", "iframe", "figure", "figcaption"}
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
              "article", "blockquote", "pre", "dd", "dt", "main", "title"}
VOID_TAGS = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed"}
FURNITURE = re.compile(r"\b(?:menu|navbar|nav|footer|share|social|related|cookie|breadcrumb|subscribe|advert|"
                       r"newsletter|comments?|sidebar|promo)\b", re.I)


class _TextOfHTML(HTMLParser):
    """The visible text of an HTML page, without scripts, styles and page furniture."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.skip_at: int | None = None  # depth of the element being skipped

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag in VOID_TAGS:
            return
        self.stack.append(tag)
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        if self.skip_at is None and (tag in SKIP_TAGS or FURNITURE.search(names)):
            self.skip_at = len(self.stack)

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag not in self.stack:
            return
        while self.stack:
            if self.skip_at is not None and len(self.stack) <= self.skip_at:
                self.skip_at = None
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if self.skip_at is None:
            self.parts.append(data)


def text_of(raw: str) -> str:
    """Plain text of a document: HTML is reduced to its visible text; lines are kept, spaces within them tidied."""
    if re.search(r"<(?:html|body|p|div|article|br|h[1-6]|span|a\s)[\s>/]", raw[:5000], re.I):
        parser = _TextOfHTML()
        parser.feed(raw)
        parser.close()
        raw = "".join(parser.parts)
    raw = raw.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    # the tail of a link tag cut in half by a copy: 'alongside syrian/" class="auto-internal-link">syrian partners'
    raw = re.sub(r'[\w-]*/?"\s+(?:class|href|rel|title)="[^"<>\n]*"\s*>', "", raw)
    lines = [re.sub(r"[ \t\u200b\u200e\u200f]+", " ", line).strip() for line in raw.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --------------------------------------------------------------------------------------------------- numbers

# Digits (Arabic-Indic ones read as Western, one character for one), English number words and the Arabic ones:
# evidence.py's, the same vocabulary the build checks evidence with, and the hundreds the reader reads besides.
AR_WORDS = AR_NUMBER_WORDS | {"ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500,
                            "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800,
                            "ثمانمائة": 800, "تسعمئة": 900, "تسعمائة": 900, "مئتي": 200, "مائتي": 200, "مئتا": 200,
                            "مائتا": 200, "مئتان": 200, "مائتان": 200, "ألفي": 2000}
AR_THOUSANDS = r"(?:آلاف|ألف|الاف|الآف|ألاف)"  # (and the common misspellings: "ثمانية الآف")
AR_UNITS = {w: v for w, v in AR_WORDS.items() if v < 10} | {"أحد": 1, "إحدى": 1, "اثنا": 2, "اثنتا": 2, "اثني": 2}
AR_TENS = {w: v for w, v in AR_WORDS.items() if 20 <= v < 100}
_en_word = "|".join(sorted(list(EN_UNITS) + list(EN_TENS), key=len, reverse=True))
_ar_word = "|".join(sorted(AR_WORDS, key=len, reverse=True))
_ar_unit = "|".join(sorted(AR_UNITS, key=len, reverse=True))
_ar_tens = "|".join(sorted(AR_TENS, key=len, reverse=True))
_ar_hundreds = "|".join(sorted((w for w, v in AR_WORDS.items() if 100 <= v < 1000), key=len, reverse=True))
# "لم تقع إصابات بين أفراد القوات الأميركية", "لم تقع إصابات أو أضرار بين الأفراد أو المعدات الأمريكية": no U.S. wounded
_AR_US_HURT = (r"(?:أي\s+)?(?:قتلى\s+أو\s+)?(?:إصابات|إصابة|جرحى)(?:\s+أو\s+أضرار)?\s+(?:بين|في\s+صفوف)\s+(?:أفراد\s+)?(?:ال)?"
               r"(?:قوات|جنود|عسكريين|أفراد)(?:\s+أو\s+(?:ال)?معدات)?\s+(?:ال)?(?:أمريكي|أميركي)")
_AR_NONE_HURT = r"(?:أو\s+(?:يقتل|يصب|يجرح)\s+)?(?:أي|أحد)\s+(?:من\s+)?(?:ال)?(?:قوات|جنود|أفراد|عناصر)\s+(?:ال)?(?:أمريكي|أميركي)\S*"
# "لم تسفر عن مقتل أو إصابة أي من عناصر القوات الأمريكية", "لم تسفر هذه العمليات عن إصابة أي فرد من القوات الأمريكية",
# "لم تسفر عن اصابة أو قتل أي من القوات الامريكية" (hamza or not): none hurt
_AR_NONE_HURT_BY = (r"(?:\S+\s+){0,2}?عن\s+(?:(?:مقتل|قتل)\s+[أا]و\s+)?(?:[إا]صابة|جرح)(?:\s+[أا]و\s+(?:مقتل|قتل))?\s+(?:أي|أحد)\s+"
                    r"(?:فرد\s+|جندي\s+)?من\s+(?:(?:عناصر|أفراد|جنود)\s+)?(?:ال)?(?:قوات|جيش)\s+(?:ال)?[أا]م(?:ير|ري)كي\S*")
# "the operations did not result in the injury or death of any of the soldiers of the American forces" (a translation's
# English): none hurt
_EN_NONE_HURT_BY = (r"\s+result(?:ed)?\s+in\s+(?:the\s+|any\s+)?(?:injur(?:y|ies)|casualties|deaths?)(?:\s+or\s+(?:the\s+)?(?:injur(?:y|ies)|deaths?))?"
                    r"\s+(?:of|to|among)\s+(?:any\s+)?(?:of\s+)?(?:the\s+)?(?:(?:soldiers|members|personnel|troops|service\s*members)\s+(?:of\s+)?(?:the\s+)?)?"
                    r"(?:American|U\.?S\.?)\s+(?:forces|troops|personnel|soldiers|service\s*members)\b")
# "with none being solely led by the United States", "none of them U.S.-only": no U.S.-only operations
_NONE_US_ONLY = (r"(?:being|of\s+them)\s+(?:(?:solely\s+led|led\s+solely|conducted\s+solely)\s+by\s+(?:the\s+)?(?:United States|U\.?S\.?)"
                 r"|(?:U\.?S\.?[- ]only|unilateral)\b)")
NUMBER = re.compile(
    rf"(?P<ar_mixed>(?<![\w.,/-])\d{{1,3}}\s+{AR_THOUSANDS}(?:\s+و\s?\d{{1,3}}(?!\d))?(?!\w))|"
    r"(?P<digits>(?:(?<![\w.,/-])|(?<=(?<!\w)[وبل])|(?<=(?<!\w)ال))(?:\d{1,3}(?:,\d{3})+(?![\w%])|\d+(?![A-Za-z0-9%]|[.,]\d)))"
    rf"|(?P<zero>(?:(?<=suffered\s)|(?<=sustained\s))no(?=\s+casualties\b)|(?<=did\s)not(?={_EN_NONE_HURT_BY})|(?<=with\s)none(?=\s+{_NONE_US_ONLY})|\bno(?=\s+(?:U\.?S\.?[- ]only|unilateral)\b|\s+(?:injuries\s+to\s+(?:U\.?S\.?|American)\s+(?:personnel|troops|forces|service\s*members)|(?:U\.?S\.?|American)\s+(?:service\s*members?|servicemembers|troops|soldiers|personnel|forces)\s+(?:were|was)\s+(?:killed\s+or\s+)?(?:wounded|injured))\b)|(?<=لم\s)\S+(?:\s+\S+){{0,2}}?\s+أي(?=\s+(?:عملية|عمليات|مهمة|مهام)\s+(?:\S+\s+)?(?:منفردة|مستقلة|أحادية)))"
    rf"|(?P<ar_zero>(?<=لم\s)(?:تقع|تسجل|يصب|تحدث|يسقط)(?=\s+{_AR_US_HURT})"
    # "لم يصب أو يقتل أي من القوات الأميركية": none of the U.S. forces wounded or killed
    rf"|(?<=لم\s)(?:يصب|يقتل|يجرح)(?=\s+{_AR_NONE_HURT})"
    # none hurt (_AR_NONE_HURT_BY)
    rf"|(?<=لم\s)تسفر(?=\s+{_AR_NONE_HURT_BY}))"
    rf"|(?P<ar_one>(?<!\w)(?:أحد|إحدى)(?=\s+(?:أفراد|عناصر|جنود)\s+(?:قوات\s+)?التحالف)|(?<=مقتل\s)أحد(?=\s+(?:عناصر|أعضاء|مسلحي|مقاتلي)\s+(?:ال)?(?:تنظيم|داعش))|(?<=\bof\s)an?(?=\s+(?:non-U\.?S\.?\s+)?coalition\s+(?:soldier|service\s*member|member|troop)\b)"
    # "A Coalition member was killed, and two others sustained injuries"
    rf"|\b[Aa](?=\s+(?:non-U\.?S\.?\s+)?[Cc]oalition\s+(?:soldier|service\s*member|member|troop)\s+(?:was|has\s+been|had\s+been)\s+(?:killed|wounded|injured)\b)"
    # "seven were detained and an eighth was killed", "an additional operative was killed": one more
    rf"|\b(?:an?\s+(?:additional|further|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))|another)(?=\s+(?:ISIS\s+|IS\s+)?(?:operative|member|fighter|militant|terrorist|suspect)?\s*(?:was|has\s+been)\s+(?:killed|detained|captured|arrested)\b)"
    # "two were detained, including an IS leader": one leader among them
    rf"|(?<=\bincluding\s)an?(?=\s+(?:senior\s+|top\s+)?(?:(?:IS|ISIS|ISIL|Daesh)\s+)?(?:leader|commander|emir)\b))"
    rf"|(?P<dozen>\b(?:a|two|three)\s+dozen\b)"
    rf"|(?P<ar_dual>(?<!\w)[وب]?(?P<dual_noun>عملي|مهم|غار|ضرب)(?:تين|تان)(?!\w))"
    # "مقتل عنصر" (one), "مقتل عنصرين" (two: عناصر is the plural); "قياديين", "إرهابيين", "مسلحين" are plurals too, no count
    rf"|(?P<ar_noun>(?:(?<=مقتل\s)|(?<=اعتقال\s)|(?<=القبض على\s)|(?<=أسر\s))(?:عنصر(?:ين|اً|ا)?|قائد(?:ين|اً|ا)?|(?:قيادي|إرهابي|مسلح)(?:اً|ا)?)(?=[\s،,.]|$))"
    # "اعتقال اثنين آخرين أحدهما قائد": one of the two a leader
    rf"|(?P<ar_one_of>(?<!\w)(?:أحدهما|أحدهم|إحداهما)(?=\s+(?:كان\s+)?(?:قائد|قيادي|متزعم|أمير)))"
    rf"|(?P<en>\b(?:{_en_word})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:{_en_word})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?)?(?:\s+thousand)?\b)"
    # "مائة وستة وتسعين" (196), "مئتين وعشرين" (220)
    rf"|(?P<ar>(?<!\w)[وب]?(?:(?:{_ar_hundreds})(?:\s+و(?:{_ar_unit})\s+عشرة?(?!\w)|\s+و(?:{_ar_unit})(?:\s+و(?:{_ar_tens}))?(?!\w)|\s+و(?:{_ar_tens})(?!\w))?"
    rf"|(?:{_ar_unit})\s+عشرة?|(?:{_ar_unit})\s+و(?:{_ar_tens})|{_ar_word})(?:\s+{AR_THOUSANDS})?(?!\w))",
    re.I)


def number_value(m: re.Match) -> int:
    text = m.group().lower()
    if m["digits"]:
        return int(text.replace(",", ""))
    if m["ar_mixed"]:  # "5 آلاف و700", "7 آلاف"
        parts = re.findall(r"\d+", text.translate(DIGITS))
        return int(parts[0]) * 1000 + (int(parts[1]) if len(parts) > 1 else 0)
    if m["zero"] or m["ar_zero"]:
        return 0
    if m["ar_one"] or m["ar_one_of"]:
        return 1
    if m["ar_dual"]:  # "عمليتين" (two operations)
        return 2
    if m["ar_noun"]:  # "مقتل عنصر" (one), "مقتل عنصرين" (two): the noun's number is the count
        return 2 if text.endswith("ين") else 1
    if m["dozen"]:
        return {"a": 12, "two": 24, "three": 36}[text.split()[0]]
    if m["en"]:
        words = re.split(r"[\s-]+", text)
        value = EN_UNITS.get(words[0], EN_TENS.get(words[0], 0))
        for w in words[1:]:
            value = value * 100 if w == "hundred" else value * 1000 if w == "thousand" else \
                value + EN_UNITS.get(w, EN_TENS.get(w, 0))  # "one hundred ninety-six"
        return value
    words = text.split()
    thousands = re.fullmatch(AR_THOUSANDS, words[-1]) is not None and len(words) > 1
    words = words[:-1] if thousands else words

    def ar(word: str) -> int:
        return AR_WORDS.get(word) or AR_UNITS.get(word) or AR_WORDS.get(word[1:]) or AR_UNITS.get(word[1:], 0)
    # "ثلاثة عشر" (13), "خمسة وعشرين" (25), "مائة وستة وتسعين" (196): the words add up ("عشر" after a unit is 10)
    value = sum(10 if n and w.startswith("عشر") else ar(w) for n, w in enumerate(words))
    return value * 1000 if thousands else value


# ---------------------------------------------------------------------------------------------------- measures

QUALIFIERS = [  # words just before the number -> figures.csv qualifier code
    # ("were carried out over 11 missions": across them, not more than)
    (r"(?:more than|just over|(?<!\bwere carried out )(?<!\bwas carried out )(?<!\bwere conducted )(?<!\bwas conducted )over|upwards? of|in excess of|(?:(?<=\bhas )|(?<=\bhad )|(?<=\bhave ))exceeded|أكثر من|اكثر من|أزيد من|(?:ما\s+)?يزيد (?:عن|على)|ما يربو (?:عن|على)|ما يفوق|يتجاوز|تجاوز|(?:تجاوز|يتجاوز|تخطى|فاق)\s+(?:ال)?عدد\S*)", "more_than"),
    (r"(?:at least|no fewer than|no less than|ما\s?لا يقل عن|على الأقل)", "at_least"),
    (r"(?:nearly|almost|close to|just under|قرابة|ما يقارب|(?:ما\s+)?يقرب\s+من|زهاء|قاربت|قارب|تقارب|يقارب)", "nearly"),
    (r"(?:about|approximately|around|roughly|some|an estimated|نحو|حوالي|حوالى|قرابة|تقريبا)", "approximately"),
    (r"(?:up to|as many as|ما يصل إلى|حتى)", "up_to"),
]
QUALIFIER_BEFORE = re.compile(r"(?:" + "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(QUALIFIERS))
                              + r")[\s\"“”‘’']*(?:ال)?$", re.I)

# Who was counted: the noun between a number and its verb ("22 ISIS operatives killed"), or after a verb
# ("killing 686 ISIS operatives"). Nouns for people who are not ISIS make the number no tally at all.
NOUN = (r"(?:(?:of\s+(?:the|those|these|its|their|the\s+group['’]s)\s+|من\s+(?:بين\s+)?(?:كبار\s+)?)?(?:[\"“”‘’']\s*)?(?:(?:suspected|alleged|senior|mid-level|and|top|other|more|additional|ISIS|ISIL|IS|Daesh|"
        r"Islamic State|group|\(ISIS\)|terrorist|jihadist)[\"“”‘’']?\s+){0,4}"
        r"[\"“”‘’']?(?:operatives?|members?|fighters?|(?<=ISIS )soldiers|(?:ISIS|ISIL|Daesh)(?=\s+(?:were\s+)?(?:killed|dead|detained|captured|arrested)\b)|terrorists?|suspects?|militants?|extremists?|insurgents?|jihadists?|"
        r"combatants?|leaders?|commanders?|emirs?|officials|individuals|elements|others|more|prisoners|people|persons|"
        r"عنصر\S*|عناصر|إرهابي\S*|ارهابي\S*|مرتزق\S*|من\s+(?:تنظيم\s+)?[«\"“]?(?:داعش|الدواعش)(?!\w)[»\"”]?|آخرين|أخرين|اخرين|آخرون|مسلح\S*|داعشي\S*|(?:ال)?دواعش|متطرف\S*|متشدد\S*|مقاتل\S*|(?:ال)?مشتبه\S*|أعضاء|عضوا|"
        r"(?:كبار\s+)?(?:قادة|القادة|قائد\S*|قيادي\S*|متزعم\S*)|(?:شخص\S*|أشخاص)(?=\s+من\s+(?:عناصر|أعضاء|مسلحي|مقاتلي|خلايا)))[\"“”‘’']?)")
NOUN_OF = r"(?:\s+(?:of|from|من)\s+(?:the\s+)?[^\s,.;:،]+)?"  # "عناصر من التنظيم", "members of the group"
NOT_ISIS = re.compile(
    r"^[\s\"“”‘’']*(?:U\.?S\.?|American|Iraqi|Syrian|Kurdish|coalition|partner\w*|Jordanian|civilian|innocent)?\s*"
    r"(?:troops?|soldiers?|service\s*members?|servicemembers?|personnel|Americans|civilians|people|persons|"
    r"children|women|families|interpreters?|contractors?|aircraft|jets|helicopters|vehicles|years?|-?year-old|"
    r"days?|hours?|weeks?|months?|percent|per cent|km|kilometers|miles|countries|nations|camps?|detainees|"
    r"جندي|جنود|عسكري\S*|مدني\S*|أمريكي\S*|أميركي\S*|طفل|أطفال|امرأة|نساء|سنة|سنوات|عام\S*|يوم\S*|أيام|ساعة|"
    r"شهر|أشهر|بالمئة|بالمائة|في المئة|دولة|دول)\b", re.I)

_NETTED = r"\b(?:netted|netting|yielded|yielding|resulted\s+in|resulting\s+in)"  # "the raids netted 119 detainees"
# "the arrest of 7 people": people detained in the operations are counted; people killed may be anyone's dead.
DETAINED_PEOPLE = re.compile(r"(?:arrest(?:ed)?|detain(?:ed)?|detention|capture[d]?)(?:\s+of)?\s*#\s*(?:people|persons)\b"
                             r"|#\s*(?:people|persons)\s+(?:were\s+)?(?:arrested|detained|captured)"
                             rf"|{_NETTED}\s+(?:\w+\s+){{0,3}}?#\s*(?:ISIS\s+)?detainees\b", re.I)
KILLED = r"(?:killed|k!lled|slain|eliminated|neutralized|neutralised|liquidated|dead|died|dying|تم\s+(?:قتلهم|تحييدهم|القضاء عليهم)|قتلوا|قضوا|لقوا\s+حتفهم)"
DETAINED = r"(?:detained|captured|arrested|apprehended|seized|rounded up|taken prisoner|taken into custody|تم\s+(?:اعتقالهم|أسرهم|القبض عليهم|احتجازهم)|اعتقلوا|أسروا|احتجزوا|سجنوا)"
COMBINED = rf"(?:{KILLED}\s+(?:or|أو)\s+{DETAINED}|{DETAINED}\s+(?:or|أو)\s+{KILLED})"
NETTED = re.compile(rf"{_NETTED}\s+(?:a\s+total\s+of\s+)?$", re.I)  # "netted 119 detainees": people detained, not a stock held
COUNT_NOUN = re.compile(r"^\s*(?:(?:ISIS|ISIL|IS|Daesh|militant|operative|fighter|terrorist)\s+){0,2}(?:(?P<killed>fatalities|deaths|dead|KIA)|(?P<detained>detentions|arrests|captures|detainments))\b", re.I)
PEOPLE_VERB_AFTER = re.compile(
    rf"^\s*(?P<noun>{NOUN}(?:\s+(?:إرهابي\S*|مسلح\S*|داعشي\S*))?(?:\s+(?:داعش|التنظيم|الدولة الإسلامية))?(?:\s+(?:of|from|in|من|في)\s+[^,.;:\n]{{0,50}}?)?)?\s*(?:have been|has been|had been|were|was|being|are|got)?\s*(?:(?:reportedly|also|subsequently|likewise|further|successfully)\s+)?(?:either\s+|إما\s+)?"
    rf"(?:(?P<both>{COMBINED})|(?P<killed>{KILLED})|(?P<detained>{DETAINED}))", re.I)
PEOPLE_VERB_BEFORE = re.compile(
    rf"(?:(?P<both>{COMBINED}|\b(?:kill(?:s|ing)?|eliminat(?:e|es|ing)|neutrali[sz](?:e|es|ing))\s+or\s+(?:captur(?:e|es|ing)|detain(?:s|ing)?|seiz(?:e|es|ing))\b|\b(?:captur(?:e|es|ing)|detain(?:s|ing)?|seiz(?:e|es|ing))\s+or\s+(?:kill(?:s|ing)?|eliminat(?:e|es|ing)|neutrali[sz](?:e|es|ing))\b|(?:\bthe\s+)?(?:deaths?|killing|elimination|neutrali[sz]ation)\s+or\s+(?:detention|capture|arrest)s?\s+of|القبض على أو قتل|قتل أو (?:القبض على|اعتقال)|[وف]?(?:قتلت|قتلوا)\s+(?:أو\s+|و)(?:اعتقلت|أسرت|احتجزت|اعتقلوا)|(?:مقتل|قتل|تحييد|تصفية)\s+(?:و|أو\s+)(?:اعتقال|أسر|احتجاز|(?:إلقاء\s+)?القبض على))"
    r"|(?P<killed>\bkilling|\bkilled|\bkill|\bslew|\b(?:ISIS|ISIL|Daesh|the\s+group)\s+lost|\beliminated|[وف]?(?:قضت|قضى)\s+على|[وف]?(?:أردت|أردى)|\b(?:took|take|taking)\s+out|\beliminating|\bneutrali[sz]ing|\bneutrali[sz]ed|(?:\bthe\s+)?(?:killing|deaths?|elimination)\s+of"
    r"|\bresulting in the deaths of|(?:\bthe\s+)?(?:demise|neutrali[sz]ation)\s+of|[وف]?(?:قتلت|قتل)(?:\s+ال\S+){1,3}(?=\s*$)|[وف]?مقتل|[وف]?مصرع|[وف]?تصفية|[وف]?قتل(?:ت|وا)?(?:\s+(?:خلالها|فيها))?|[وف]?القضاء على|[وف]?تحييد)"
    r"|(?P<detained>\bdetaining|\bdetained|\bdetain|\brounded\s+up|\bround(?:ing)?\s+up|\bnabbed|\bcapturing|\bcaptured|\bcapture|\barresting|\barrested|\barrest|\bapprehend(?:ed|ing)?"
    r"|(?:\bthe\s+)?(?:arrests?|detentions?|detainments?|captures?|apprehensions?)\s+of|\bimprisoning|\bjailing|\btaken|\btaking|[وف]?اعتقال|[وف]?اعتقل|"
    r"(?:[وف]?إلقاء\s+)?القبض على|[وف]?أسر|[وف]?احتجاز|[وف]?توقيف|[وف]?(?:اعتقلت|اعتقل|أسرت|احتجزت)(?:\s+ال\S+){1,3}(?=\s*$)|[وف]?(?:اعتقلت|اعتقل|أسرت|احتجزت)(?:\s+(?:خلالها|فيها))?))"
    r"(?:\s+(?:خلال|في)\s+(?:عام|العام|الأشهر|الشهور|شهر|الفترة)(?:\s+\S+){1,2}?(?=\s*$))?"  # "احتجزت خلال عام 2025 أكثر من 300"
    r"(?:\s+(?:were|was|are|included|include|includes))?\s+(?:another|an additional|a further|a total of|ما مجموعه)?[\s\"“”‘’']*$", re.I)

# The partner forces, by the country they fight in (English, Arabic): the one list the reader names them from. A
# count of operations with one of them is partnered and that country's; with both, a total partners took part in.
PARTNER_FORCES = {
    "Syria": (r"Syrian Democratic Forces|SDF|Syrian (?:government|transitional government|security|army|military) forces|Syrian partners|"
              r"Syrian and Iraqi (?:security |partner |government )?(?:forces|partners)|Kurdish(?:-led)? (?:forces|partners|fighters)",
              r"قوات سوريا الديمو?قراطية|(?<!\w)قسد(?!\w)|(?:ال)?قوات\s+(?:ال)?كردية|(?:ال)?قوات\s+(?:ال)?حكوم(?:ية|ة)\s+(?:ال)?سوري(?:ة|ا)"),
    "Iraq": (r"Iraqi Security Forces|ISF|Iraqi (?:government|security|army|military) forces|Iraqi forces|Iraqi army|Iraqi partners|"
             r"Iraqi and Syrian (?:security |partner |government )?(?:forces|partners)",  # both: "in partnership with Iraqi and Syrian security forces"
             r"(?:ال)?قوات\s+(?:ال)?أمن(?:ية)?\s+العراقية|القوات العراقية|الجيش العراقي"),
}
_PARTNER_EN = "|".join(en for en, _ in PARTNER_FORCES.values())
_PARTNER_AR = "|".join(ar for _, ar in PARTNER_FORCES.values())

# Measures read from the words right after the number (first match wins).
_OPS = r"(?:(?:of\s+(?:those|these|the|which)\s+)?(?:operations?|missions?|raids?|ops))"
_OPS_ADJ = (r"(?:u\.?s\.?-led|coalition-led|combat|d-isis|(?:anti|counter)-(?:isis|isil|daesh|is)|defeat[- ]isis|counterterrorism|counter-terrorism|military|security|total|separate|distinct|individual|different|more|additional|further|other|successful|\(d-isis\)|"
            r"coordinated|targeted|precision|kinetic|offensive|tactical|clearance|ground|air|\w+-(?:led|driven|based|focused))")
_OPS_WORDS = rf"[\"“”‘’']?(?:{_OPS_ADJ}\s+(?:(?:and|or|&)\s+{_OPS_ADJ}\s+)?){{0,3}}"  # "163 security and military operations"
MEASURE_AFTER = [
    (re.compile(r"^\s*(?:partnered|joint)(?=\s+(?:and|or)\s*$)|^\s*مشتركة(?=\s+و?\s*$)", re.I), "partnered_operations"),  # "32 partnered and 3 U.S.-only operations"
    (re.compile(rf"^\s*{_OPS_WORDS}(?:partnered|joint|combined|partner|partner-led)\s+{_OPS_WORDS}{_OPS}|^\s*(?:عملية|عمليات)\s+(?:(?:عسكرية|أمنية|ميدانية|نوعية)\s+)?(?:مشتركة|شريكة|مشاركة)", re.I), "partnered_operations"),
    (re.compile(rf"^\s*(?:U\.?S\.?[- ]only|unilateral|independent|U\.?S\.?[- ]led only)\s+{_OPS_WORDS}{_OPS}|^\s*of\s+(?:those|these|the)\s+(?:operations|missions)\s+were\s+(?:U\.?S\.?[- ]only|unilateral)\b|^\s*(?:عملية|عمليات|مهمة|مهام)\s+(?:(?:عسكرية|أمريكية|أميركية)\s+)?(?:منفردة|مستقلة|أحادية)"
                r"|^\s*(?:عملية|عمليات|مهمة|مهام)\s+(?:\S+\s+){0,3}?(?:بنفسها|بمفردها|وحدها|منفردة|بشكل\s+(?:منفرد|أحادي|مستقل))(?!\w)"
                r"|^\s*(?:عملية|عمليات|مهمة|مهام)\s+(?:من\s+قبل|نفذها|نفذتها|شنها|شنتها)\s+(?:ال)?(?:جيش|قوات)\s+(?:ال)?(?:أمريكي|أميركي)[^\s،,.]*(?![^\s،,.])(?!\s+(?:و|مع|بالتعاون|بالشراكة))"
                rf"|^\s*{_OPS}\s+(?:led|conducted|carried out)\s+(?:solely|only|unilaterally)\s+by\s+(?:the\s+)?(?:United States|U\.?S\.?)"
                rf"|^\s*{_NONE_US_ONLY}", re.I), "us_only_operations"),
    (re.compile(r"^\s*(?:عملية|عمليات|مهمة|مهام)\s+(?:\S+\s+){0,2}?(?:جنب(?:اً|ًا|ا)?\s+إلى\s+جنب|بالشراكة|بالتعاون|بالتنسيق)\s+مع"
                r"|^\s*(?:عملية|عمليات)\s+(?:جميعها|كلها)\s+(?:عمليات\s+)?مشتركة"
                # "قدمت الدعم لـ 6 عمليات نفذتها القوات الشريكة": operations the partner forces carried out, with U.S. support
                r"|^\s*(?:عملية|عمليات)\s+(?:نفذتها|قامت\s+بها|شنتها|أجرتها)\s+(?:ال)?قوات\s+(?:ال)?(?:شريكة|شركاء|الشريكة)(?!\w)", re.I), "partnered_operations"),
    (re.compile(rf"^\s*{_OPS_WORDS}{_OPS}\b(?=[^.;\n]{{0,60}}\b(?:with|alongside) (?:our |its |local |regional )?partners\b)"
                r"|^\s*(?:عملية|عمليات|مهمة|مهام)(?!\w)(?=[^.؛\n]{0,80}(?:بالتنسيق|بالشراكة|بالتعاون)\s+مع\s+[\"“”']?(?:ال)?(?:شركاء|شركائ|شريك))"
                # one partner force named after the count, with the place or month between ("11 operations in Syria in
                # January with the SDF"); both named ("with the ISF and SDF") is a total that partners took part in
                rf"|^\s*{_OPS_WORDS}{_OPS}(?=[^.;\n]{{0,50}}?\b(?:conducted\s+|carried out\s+)?(?:alongside|with|together with|in (?:cooperation|coordination|partnership) with)\s+"
                rf"(?:the\s+|its\s+|their\s+|our\s+)?(?:(?:partner|local)\s+(?:\w+\s+){{0,2}}?(?:forces|partners)\b|(?:{_PARTNER_EN})\b)"
                r"(?![^.;\n]{0,40}\b(?:and|&)\s+(?:the\s+)?(?:SDF|ISF|Iraqi|Syrian|Kurdish)\b))"
                # a partner's own operations "supported by the international coalition forces", "بدعم من التحالف"
                rf"|^\s*{_OPS_WORDS}{_OPS}\s+(?:[\w-]+\s+){{0,4}}?(?:supported|backed|assisted)\s+by\s+(?:the\s+)?(?:international\s+|U\.?S\.?-led\s+|global\s+)?coalition\b"
                r"|^\s*(?:عملية|عمليات|مهمة|مهام)\s+(?:\S+\s+){0,2}?(?:بدعم|بمساندة|بإسناد)\s+(?:من\s+)?(?:قوات\s+)?(?:ال)?تحالف(?!\w)"
                r"|^\s*(?:عملية|عمليات|مهمة|مهام)(?!\w)(?=[^.؛\n]{0,60}(?<!\w)مع\s+(?:ال)?(?:شركاء|شريكة|قسد|قوات\s+سوريا\s+الديمو?قراطية)(?!\w))"
                r"|^\s*(?:عملية|عمليات|مهمة|مهام)(?!\w)(?=[^.؛\n]{0,60}(?:بالتعاون|بالتنسيق|بالشراكة)\s+مع\s+(?:ال)?قوات\s+(?!(?:ال)?تحالف)\S+(?![^.؛\n]{0,40}(?<!\w)و(?:ال)?قوات))", re.I), "partnered_operations"),
    (re.compile(rf"^\s*{_OPS_WORDS}{_OPS}\b|^\s*(?:عملية|عمليات|مهمة|مهام|مداهمة|مداهمات)(?!\w)", re.I), "operations"),
    (re.compile(r"^\s*(?:precision\s+)?munitions|^\s*(?:(?:قطعة|قطع)\s+)?ذخير\S*|^\s*(?:قذيف|قنبل|قنابل)\S*\s+(?:دقيق|موجه)\S*", re.I), "munitions"),  # "350 قذيفة دقيقة"
    (re.compile(r"^\s*(?:of\s+(?:the\s+group['’]s|its|ISIS['’]?s?)\s+)?(?:ISIS\s+)?weapons\s+caches|^\s*(?:مخابئ|مخازن|مستودعات)\s+(?:لل|ال)?(?:أسلحة|سلاح)", re.I), "weapons_caches_destroyed"),
    (re.compile(r"^\s*(?:U\.?S\.?|American)\s+(?:service\s*members?|servicemembers?|troops|soldiers|personnel|forces)\b[^.;]{0,30}?\s"
                r"(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed\s+or\s+)?(?:wounded|injured)\b"
                r"(?![^.;]{0,20}\b(?:that|the|this|an?)\s+(?:operation|raid|strike|attack|explosion|ambush)\b)", re.I), "us_wounded"),
    (re.compile(rf"^\s*{_AR_US_HURT}\S*|^\s*{_AR_NONE_HURT}"
                rf"|^\s*{_AR_NONE_HURT_BY}|^{_EN_NONE_HURT_BY}", re.I), "us_wounded"),  # "لم تقع إصابات بين أفراد القوات الأميركية": 0
    (re.compile(r"^\s*injuries\s+to\s+(?:U\.?S\.?|American)\s+(?:personnel|troops|forces|service\s*members)\b", re.I), "us_wounded"),  # "no injuries to U.S. personnel": 0
    # coalition members other than U.S. forces killed or wounded in the window's operations ("one Coalition member
    # was killed and two were wounded"; "مقتل أحد أفراد التحالف")
    (re.compile(r"^\s*(?:non-U\.?S\.?\s+)?(?:coalition|partner[- ]nation)\s+(?:service\s*members?|members?|personnel|troops|soldiers)\b[^.;]{0,20}?\s"
                r"(?:was|were|have been|had been)\s+(?:reportedly\s+)?killed\b|^\s*(?:من\s+)?(?:أفراد|عناصر|جنود)\s+(?:قوات\s+)?التحالف\s+(?:قتلوا|لقوا\s+حتفهم)", re.I), "coalition_killed"),
    (re.compile(r"^\s*(?:non-U\.?S\.?\s+)?(?:coalition|partner[- ]nation)\s+(?:service\s*members?|members?|personnel|troops|soldiers)\b[^.;]{0,20}?\s"
                r"(?:was|were|have been|had been)\s+(?:wounded|injured)\b", re.I), "coalition_wounded"),
    (re.compile(r"^\s*(?:(?:separate|additional|more|precision|air|U\.?S\.?|ISIS|ISIL|earlier|further|new|other|pinpoint|precise|"
                r"targeted|retaliatory|drone|unilateral|deliberate|dynamic|kinetic|major|large-scale|successful|coordinated|military)\s+)*(?:air)?strikes\b|^\s*(?:separate\s+)?(?:air\s*)?strike\s+missions\b|^\s*(?:ضربات|ضربة|غارات|غارة)(?!\w)", re.I), "strikes"),
    # ("five ISIS sites", "100 Islamic State infrastructure and weapons sites"; not "15 sites containing weapons caches")
    (re.compile(r"^\s*(?:(?:ISIS|ISIL|IS|Daesh|Islamic\s+State|strategic|terrorist|infrastructure|military|weapons)\s+(?:and\s+)?)*(?:targets|locations|sites(?!\s+(?:contain\w*|hold\w*|stor\w*|with|where|used)\b))\b|^\s*(?:pieces|sites)\s+of\s+(?:ISIS\s+)?infrastructure\b|^\s*(?:هدف\S*|أهداف|موقع\S*(?!\w)(?!\s+(?:(?:تحتوي|تضم)\s+(?:على\s+)?|ل)(?:مخابئ|مخازن|مستودعات|تخزين)))(?!\w)", re.I), "targets_struck"),
    # (not "أكثر من 15 موقعاً تحتوي على مخابئ أسلحة": the sites of one announced operation with the caches it destroyed,
    # which data/operations.csv holds, as the English "more than 15 sites containing ISIS weapons caches" gives no row)
]
# the partner's own dead, killed fighting off ISIS's attacks ("30 مقاتلاً قتلوا أثناء التصدي لهجمات", "30 fighters were
# killed repelling ISIS attacks"): no ISIS tally
DEFENDING = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:أثناء|خلال|في)\s+(?:ال)?تصدي|"
                       r"^\s*(?:\S+\s+){0,4}?(?:killed|died)\s+(?:while\s+)?(?:repelling|fending off|fighting off|repulsing|defending against)\b", re.I)
INCLUDING_KIND = re.compile(r"(?<!\w)بما\s+(?:فيها|في\s+ذلك)\s*$")  # "بما فيها ثلاث عمليات تمشيط" (not "including 36 in August")
KIND_OF_OPERATION = re.compile(r"^\s*(?:عمليات|عملية)\s+(?!(?:في|خلال|منذ|من|ضد|مشتركة|أمريكية|أميركية)(?!\w))\S+")
# "خلال تلك الفترة", "during that period": the window just given, for strikes and targets too
THAT_PERIOD = re.compile(r"\b(?:during|in|over|within)\s+(?:that|this|the\s+same)\s+(?:period|time|span)\b|(?<!\w)(?:خلال|في)\s+(?:تلك|هذه|نفس)\s+(?:ال)?(?:فترة|مدة|الفترة|المدة)(?!\w)", re.I)
DATELINE = re.compile(r"(?m)^\s*[A-Z][A-Z .'-]{2,30},\s*(?:[A-Z][\w.'-]*\s*){1,5}(?:of\s+(?:Iraq|Syria)\s*)?(?:\([^)]{1,20}\)\s*)?[-–—]")
_ATTACK = r"(?:ambush|attack|bombing|assault|shooting)"  # an attack on U.S. or partner forces, which a date may name
EVENT_NAMED_AFTER = re.compile(rf"\s*{_ATTACK}\b", re.I)  # "a December ambush": the ambush's month
EVENT_CLAUSE = re.compile(rf"\b{_ATTACK}\s+(?:that|which)\b[^,.;]{{0,60}}$", re.I)
# a sentence that tells of coalition or U.S. casualties: the one country it names is theirs in a later sentence that
# gives them with a window for both countries
CASUALTY_WORDS = re.compile(r"(?:coalition|التحالف|U\.?S\.?\s+(?:troops|personnel|service\s*members))[^.]{0,60}?(?:killed|wounded|injured|casualties|مقتل|إصابة|اصابة|جرح)|"
                            r"(?:killed|wounded|injured|casualties|مقتل|إصابة|اصابة|جرح)[^.]{0,60}?(?:coalition|التحالف)", re.I)
# a place other than Iraq and Syria that a number's own clause gives it for ("detained in Turkey", "في الصومال")
# another state's forces as the ones who acted ("Turkey carried out 120 drone strikes", "شنت تركيا 43 غارة"): their war's
# numbers, not a count of the campaign against ISIS
OTHER_STATE_ACTS = re.compile(r"\b(?:Turkey|Türkiye|Turkish\s+(?:forces|army|military|warplanes|drones|jets)|Ankara|Russia|Russian\s+(?:forces|warplanes|jets)|"
                              r"Israel|Israeli\s+(?:forces|warplanes|jets)|Iran|Iranian\s+forces)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
                              r"(?:carried\s+out|conducted|launched|used|fired|staged|mounted)\s+(?:\S+\s+){0,2}$|"
                              r"(?<!\w)(?:شنت|نفذت|أطلقت)\s+(?:ال)?(?:تركيا|القوات\s+التركية|الطائرات\s+التركية|روسيا|إسرائيل|إيران)\s+(?:\S+\s+){0,2}$", re.I)
OTHER_PLACE = re.compile(r"\b(?:in|inside|across|throughout)\s+(?:Turkey|Türkiye|Afghanistan|Somalia|Yemen|Nigeria|Lebanon|Jordan|Pakistan|"
                         r"Libya|Egypt|Europe|Germany|France|the\s+United\s+States|the\s+U\.?S\.?|Africa|the\s+Sahel|Mozambique|Congo)\b|"
                         r"(?<!\w)(?:في|داخل)\s+(?:تركيا|أفغانستان|الصومال|اليمن|نيجيريا|لبنان|الأردن|باكستان|ليبيا|مصر|أوروبا|ألمانيا|فرنسا|"
                         r"الولايات\s+المتحدة|أفريقيا|إفريقيا|موزمبيق|الكونغو)(?!\w)", re.I)
# Measures a window stated in an earlier sentence carries to; strikes, targets and munitions are so often one
# operation's that they need their window in their own sentence.
CARRIED = {"operations", "partnered_operations", "us_only_operations", "killed", "detained", "killed_or_detained",
           "leaders_killed", "leaders_captured", "leaders_killed_or_captured", "isis_claimed_attacks",
           "weapons_caches_destroyed", "us_wounded", "coalition_killed", "coalition_wounded"}
# U.S. and coalition casualties of the window's operations: where their sentence names no country, the country of
# the sentence that gave the window ("strikes in the Hamrin mountains of Iraq ... no injuries to U.S. personnel")
CASUALTIES = {"us_wounded", "coalition_killed", "coalition_wounded"}
# a later sentence that dates the strikes a lede counts ("The strikes took place between ...", "الغارات نفذت خلال الفترة من",
# "وجاءت هذه العمليات العسكرية خلال الفترة من 3 إلى 12 فبراير")
THE_STRIKES = re.compile(r"^\W*(?:\S+\s+){0,12}?(?:(?:the|these|those)\s+(?:air\s*)?(?:strikes|operations)\b|(?<!\w)[وف]?ال(?:غارات|ضربات|عمليات)(?!\w))", re.I)
# the campaign's first strike, which the campaign's name may stand beside ("That initial strike, dubbed Operation Hawkeye
# Strike, saw ... over 100 precision munitions"): one operation's figures, not the campaign's
FIRST_STRIKE = re.compile(r"\b(?:initial|first|opening)\s+(?:U\.?S\.?\s+)?(?:strike|strikes|wave|salvo)\b|الضربة\s+الأولى|الغارات\s+الأولى", re.I)
# a sentence that goes on about the campaign the one before gave a figure for ("These strategic military actions included
# ...", "وأسفرت هذه الضربات عن"): the campaign's too
THESE_ACTIONS = re.compile(r"^\W*(?:these|those)\s+(?:[\w-]+\s+){0,3}?(?:actions|strikes|operations|efforts|missions)\b|"
                           r"^\W*[وف]?(?:\S+\s+)?(?:هذه|تلك)\s+(?:ال)?(?:ضربات|غارات|عمليات|العمليات|الضربات|الغارات)(?!\w)", re.I)
# a later sentence that dates the campaign a lede speaks of ("The operation, which took place between December 20th
# and 29th"): the lede's window
CAMPAIGN_DATED = re.compile(r"\b(?:the|this)\s+(?:operation|campaign|offensive)\b", re.I)
AR_WOUNDED_VERB = re.compile(r"(?<!\w)[وف]?(?:أصيب|إصابة|جرح)\S*\s*$")  # the verb before a count of wounded: "وأصيب"
RATE = re.compile(r"^\s*(?:\w+\s+){0,2}(?:per|a|each|every)\s+(?:day|week|month)\b", re.I)  # "one operation per day"
SPEAKS_OF_OPERATIONS = re.compile(r"(?<!special )operations|missions|\braids\b|\b(?:air\s*)?strikes\b|breakdown|summary|results|review|\befforts\b|\bsuccesses\b|\bfight\s+(?:with|against)\b|عمليات|عملية|مهام|مهمة|حصيلة|نتائج|جهود|(?<!\w)[وف]?ال(?:ضربات|غارات)(?!\w)", re.I)
# "وسقطت طائرة مسيرة في قاعدة ... أدت لإصابة ثمانية جنود أمريكيين": an attack's wounded (an event), not the window's
ATTACK_ON_THEM_AR = re.compile(r"(?<!\w)(?:ال)?(?:طائرة\s+مسيرة|مسيرة|مسيّرة|هجوم|الهجوم|قصف|صاروخ|صواريخ|قذيفة|قذائف|انفجار|استهداف)(?!\w)[^.؛]{0,120}$")
COMPARED = re.compile(r"\b(?:(?:increase|rise|jump|up|climb)\s+from|compared\s+(?:to|with)|than)\s+(?:the\s+|only\s+|just\s+)?$", re.I)
CLAIMED_ATTACKS = re.compile(r"\bclaimed\s+(?:(?:responsibility|credit)\s+for\s+)?(?:carrying\s+out\s+|conducting\s+|launching\s+|staging\s+)?$|\b(?:took|taken|takes|take|claiming)\s+(?:responsibility|credit)\s+for\s+$|"
                             r"\b(?:was|were|is|are)\s+behind\s+$|(?<!\w)[وف]?(?:كان|يقف|وقف)\s+(?:\S+\s+){0,3}?وراء\s+$|\b(?:ISIS|ISIL|(?-i:IS)|Daesh|the group|Islamic State(?: group)?)\s+(?:has\s+|had\s+)?(?:now\s+|already\s+|also\s+)?"
                             r"(?:carried out|conducted|launched|staged|mounted)\s+$|مسؤوليت\S*\s+عن\s+$|(?<!\w)مسؤول(?:ا|اً)?\s+عن\s+$|(?<!\w)(?:تبنى|تبنت|يتبنى)(?:\s+\S+){0,4}\s+$", re.I)  # attacks counted as ISIS's own
# Detainees moved from Syria to Iraq: a number of detainees in a sentence that says they were moved (in the past:
# "ستنقل", will move, is not) to Iraq; the window runs from the day the move began to the day it was completed.
TRANSFER = re.compile(r"\b(?:transferr?(?:ed|ing)|transfers?|transport(?:ed|ing)?|move[ds]?|moving|relocated|relocating|brought|handed\s+over|flown|airlifted|removed)\b|\bIraq\s+(?:has\s+)?(?:received|taken\s+in|took\s+in)\b|\barrived\s+in\s+Iraq\b|\barrived\b|(?<!\w)(?:[وف]?(?:نقل|نقلت|نقلنا|نقلوا|بنقل|نقلهم|نقلها|تسلم|تسلمت|استلم|يتسلم|المنقولين|وصلت|وصل|إجلاء|أجلت|أجلى)|لل?منقولين)(?!\w)", re.I)
TO_IRAQ = re.compile(r"\bIraq(?:i\s+(?:authorities|government|officials))?\s+(?:has\s+|have\s+)?(?:received|taken\s+in|took\s+in)\b|\bIraq\s+is\s+(?:currently\s+|now\s+)?holding\b(?=[^.]{0,60}\btransferred\s+from\s+Syria\b)|(?<!\w)(?:أن\s+)?(?:ال)?عراق\s+(?:\S+\s+){0,1}?(?:نقل|تسلم|تسلّم|استلم|استقبل)(?!\w)|(?:إلى|الى)\s+(?:ال)?سجون\s+(?:ال)?عراقية|\barrived\s+in\s+Iraq\b|\b(?:to|into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?Iraqi(?:-(?:run|controlled))?\s+(?:[\w-]+\s+)?(?:facilit(?:y|ies)|prisons?|jails?|custody)\b|(?<!\w)[وف]?(?:تسلم|تسلمت|استلم|استلمت)\s+(?:ال)?(?:عراق|سلطات\s+العراقية|حكومة\s+العراقية)(?!\w)|\b(?:to|into)\s+(?:Iraq|Iraqi\s+(?:custody|authorities|control|detention))\b|\bto\s+(?:a\s+)?(?:[\"“‘\']?[\w-]+[\"”’\']?\s+){0,3}(?:in|inside)\s+Iraq\b|"
                     r"(?:إلى|الى)\s+(?:\S+\s+){0,3}(?:في|داخل)\s+(?:العراق|الأراضي\s+العراقية)|إلى العراق|الى العراق|(?<!\w)للعراق(?!\w)|(?:إلى|الى)\s+(?:ال)?أراضي\s+(?:ال)?عراقية|(?:إلى|الى)\s+موقع\s+آمن\s+داخل(?!\w)|(?:إلى|الى)\s+(?:(?:عهدة|حوزة)\s+)?(?:ال)?(?:سلطات|حكومة|عهدة)\s+(?:ال)?عراقية|إلى\s+(?:ال)?(?:حجز|سجون|مراكز\s+احتجاز)\s+(?:\S+\s+)?(?:بالعراق|في\s+العراق|(?:ال)?عراقي\S*)", re.I)
# the move's first batch, which data/events.csv dates to the move's first day ("The first batch arrived ... and included
# 150", "الوجبة الأولى منهم، التي تضم 150", "دفعة أولى تضم 150 عنصرا")
FIRST_BATCH = re.compile(r"\bfirst\s+(?:batch|group|convoy|transfer)\b|(?<!\w)(?:ال)?(?:دفعة|وجبة)\s+(?:ال)?أولى(?!\w)|(?<!\w)أول\s+(?:دفعة|وجبة)(?!\w)", re.I)
EXPECTED_TO_REACH = re.compile(r"(?<!\w)(?:من\s+)?(?:المتوقع|يتوقع|يُتوقع)\s+أن\s+(?:يصل|يبلغ|يرتفع)(?!\w)|\bexpected\s+to\s+(?:reach|rise\s+to|total)\b", re.I)
BATCH_OF = re.compile(r"(?<!\w)(?:دفعة|وجبة|مجموعة)\s+من\s+(?:أصل\s+)?\S{0,6}\s*$|(?<!\w)من\s+أصل\s+(?:\S+\s+(?:إلى|الى)\s+)?$|"
                      r"(?<!\w)[وف]?من\s+بين\s+(?:نحو|حوالي|قرابة|زهاء)?\s*$|\bof\s+the\s+(?:some|about|around|roughly|nearly|estimated)\s+$|\bout\s+of\s+(?:an?\s+estimated\s+|some\s+|about\s+|around\s+)?$|\bbatch(?:es)?\s+(?:out\s+of|from\s+among)\s+(?:some\s+|about\s+|around\s+)?$|"
                      r"\bbatch(?:es)?\s+of\s+(?:some|about|around|nearly|roughly|approximately|an\s+estimated)\s+$", re.I)  # "the first batch of nearly 7,000"
PLANNED = re.compile(r"\b(?:could|would|will|may|might|plans?\s+to|planned\s+to|expected\s+to|intends?\s+to|set\s+to)\b|"

                     r"^\W*(?:the\s+)?(?:US|U\.S\.|American\s+forces|Washington|CENTCOM|Iraq)\s+to\s+(?:move|transfer|relocate|receive)\b|(?<!\w)(?:سيتم|ستتم|سينقل|ستنقل|سيجري|قد\s+[يت]\S+|من\s+المقرر|من\s+المتوقع|يعتزم|تعتزم)(?!\w)", re.I)
# "in previous years, 3,194 Iraqi detainees ... have been transferred to Iraq": earlier moves, not this one's count
EARLIER_MOVES = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:previous|past|earlier|prior|recent)\s+years\b|\bover\s+the\s+years\b|"
                           r"(?:في|خلال)\s+(?:ال)?(?:سنوات|أعوام)\s+(?:ال)?(?:ماضية|سابقة|أخيرة)", re.I)
# "an agreement was reached with the U.S. to transfer 7,000 detainees": an aim, not a count
AIM = re.compile(r"\b(?:agreement|deal|agreed|plan|aim|bid)\b.{0,60}?\bto\s+(?:transfer|move|relocate)\s+(?:some\s+|about\s+|around\s+)?$", re.I)
TRANSFERRED = re.compile(r"^\s*(?P<noun>[\"“‘']?(?:[\w()\"“”‘’'-]+\s+){0,4}?(?:detainees|prisoners|fighters|members|terrorists|suspects|individuals|operatives|militants|"
                         r"عضو\S*|أعضاء|سجين\S*|سجناء|معتقل\S*|مقاتل\S*|عنصر\S*|عناصر|إرهابي\S*|محتجز\S*|شخص\S*|أشخاص))", re.I)
ALL_PARTNERED = re.compile(r"\ball\s+(?:of\s+them\s+)?(?:with|alongside|partnered\s+with)\s+(?:our\s+|local\s+)?partner|\ball\s+(?:of\s+them\s+)?(?:were\s+)?partnered\b|"
                           r"(?<!\w)(?:جميعها|كلها)\s+(?:عمليات\s+)?مشتركة", re.I)  # "21 in Iraq and 17 in Syria, all with partner forces"
# the words that call a count of operations itself partnered: without them a total for Iraq and Syria together that
# partners took part in is `operations` ("CENTCOM, with the ISF and SDF, conducted 94 missions")
CALLED_PARTNERED = re.compile(rf"\b(?:partnered|joint|combined)|{ALL_PARTNERED.pattern}|مشترك|شريكة|مشاركة", re.I)
PARTNERED_BEFORE = re.compile(r"\b(?:partnered|joint|combined)\s+(?:operations|missions)\b|\bpartnered\s+(?:in|on)\s+$|"
                              # "U.S. forces, alongside the SDF, conducted 11": one partner force named ("with the ISF and SDF" is both)
                              rf"\b(?:alongside|with|together with|in (?:cooperation|coordination|partnership) with)\s+(?:the\s+)?(?:its\s+|their\s+|local\s+)?(?:{_PARTNER_EN})\b\s*,?(?:\s+(?!and\b|&)[^\s\d]+){{0,4}}\s*$|"
                              # "CENTCOM forces worked with coalition partners to conduct at least eight": partners unnamed
                              r"\b(?:worked|working|works|work)\s+(?:alongside|with|together\s+with)\s+(?:its\s+|their\s+|our\s+|local\s+|regional\s+|coalition\s+)*partners\b\s*,?(?:\s+(?!and\b|&)[^\s\d]+){0,4}\s*$|"
                              rf"(?<!\w)مع\s+(?:{_PARTNER_AR})(?:\s+\S+){{0,3}}\s*$|"  # "نفذ مع قوات سوريا الديمقراطية 10 عمليات": one partner force named
                              # "SDF units, backed by the US-led Coalition, conducted 70", "نفذت بدعم من التحالف الدولي 70 عملية"
                              r"\b(?:backed|supported|assisted)\s+by\s+(?:the\s+)?(?:international\s+|global\s+)?(?:U\.?S\.?[- ]led\s+)?coalition\b(?:\s+\w+){0,2},?(?:\s+\w+){0,3}\s*$|"
                              r"(?:بدعم|بمساندة|بإسناد)\s+(?:من\s+)?(?:قوات\s+)?(?:ال)?تحالف(?:\s+الدولي)?(?:\s+\S+){0,2}\s*$|"
                              r"العمليات\s+(?:\S+\s+)?المشتركة|(?:بالتعاون|بالشراكة|جنب(?:اً|ًا|ا)?\s+إلى\s+جنب)\s+مع\s+(?:(?:ال)?قوات|قسد|(?:ال)?شركا[ءئ])|"
                              # "enabled more than 22 operations", "دعمنا أكثر من 22 عملية": operations the U.S. supported, partners' own
                              r"\b(?:enabled|supported|advised,?\s+assisted,?\s+and\s+enabled)\s+(?:\w+\s+){0,2}$|(?<!\w)[وف]?(?:دعمنا|دعمت|ساندنا|ساندت|مكنت|مكنا)\s+(?:\S+\s+){0,2}$|"
                              # "ساهمت في أكثر من 22 عملية", "its involvement in more than 22 operations": a part in them
                              r"(?<!\w)[وف]?(?:ساهمت|ساهمنا|أسهمت|شاركت|شاركنا)\s+في\s+(?:\S+\s+){0,2}$|\b(?:involvement|role|part)\s+in\s+(?:\w+\s+){0,2}$|"
                              # "it assisted its partners in more than 20 operations", "enabled Syrian partners during more than 20"
                              r"\b(?:assisted|helped|supported|enabled|backed)\s+(?:its\s+|their\s+|our\s+|local\s+|Syrian\s+|Iraqi\s+)?partners\s+(?:in|during|with|on)\s+(?:\w+\s+){0,2}$|"
                              # "The U.S. troops and partner forces launched 21 missions in Iraq": for one country, partnered
                              r"\b(?:troops|forces)\s+(?:and|alongside|with)\s+(?:their\s+|its\s+)?partner\s+forces\s+(?:\w+\s+){0,3}$", re.I)
ONE_OPERATION = re.compile(r"^[^,.;:،]{0,60}?(?:\b(?:in|during)\s+(?:an?|another)\s+(?:(?![\w-]*(?:day|week|month|long|series)\b)[\w-]+\s+){0,2}(?:strike|airstrike|raid|operation|attack|ambush)\b"

                           r"|(?<!\w)(?:(?:في|خلال|أثناء)\s+(?:تنفيذ\s+)?(?:ال)?|ب)(?:غارة|ضربة|عملية|هجوم|كمين|إنزال|مداهمة)(?!\w)(?!\s+(?:\S+\s+){0,3}?(?:استمرت|امتدت|دامت)\s)|(?<!\w)خلال\s+قيام\S*\s+ب(?:مهمة|عملية|غارة|مداهمة)(?!\w))", re.I)
# two announced strikes' dead, read past the number of strikes: "37 militants were killed in two airstrikes in Syria"
TWO_STRIKES = re.compile(r"^[^,.;:،]{0,60}?\b(?:in|during)\s+(?:two|2)\s+(?:separate\s+|precision\s+|U\.?S\.?\s+)?(?:air\s*)?(?:strikes|airstrikes|raids)\b", re.I)
TWO_STRIKES_BEFORE = re.compile(r"\b(?:two|2)\s+(?:separate\s+|precision\s+)?(?:air\s*)?(?:strikes|airstrikes|raids)\b[^.;]{0,60}?\b(?:that|which)\s+"
                                r"(?:killed|left)\s+[^.]{0,20}$", re.I)  # "two separate strikes in Syria that killed 31"
# A count after a label ("Operations: 196", "القتلى من داعش: 44"): the label's words name the measure (first match wins)
LABEL_BEFORE = re.compile(r"(?:^|[;•·*\n،؛—–]|\s-\s)\s*(?P<label>[^:;•·*\n،؛—–\d]{2,60}?)\s*[:：]\s*$")
# "the number of ISIS members detained ... rose to 40", "عدد القتلى من داعش بلغ 9", "operations ... numbered 15"
NUMBER_OF = re.compile(r"\b(?P<label>(?:the\s+)?(?:number|total|tally|toll|count)\s+of\s+[^.;:]{2,80}?|(?:the\s+)?death\s+toll\b[^.;:]{0,60}?|"
                       r"(?:operations|missions|raids)\b[^.;:]{0,60}?)\s+(?:(?:has\s+|had\s+)?(?:rose|risen|reached|stood|totall?ed|climbed|"
                       r"was|were|is|amounted|came|numbered|surpassed|topped)\s*(?:to|at)?|has|had)\s*$"  # "has [exceeded]": the qualifier
                       r"|(?<!\w)(?P<label_ar>(?:عدد|حصيلة|إجمالي)\s+[^.؛]{2,80}?)\s*(?:بلغ|بلغت|وصل|وصلت|ارتفع|ارتفعت)\s*(?:إلى\s*)?$"
                       r"|(?<!\w)(?:بلغ|بلغت|وصل|وصلت|ارتفع|ارتفعت)\s+(?P<label_ar2>(?:عدد|حصيلة|إجمالي)\s+[^.؛]{2,100}?)\s+إلى\s*$"
                       r"|(?<!\w)[وف]?(?:بلغ|بلغت)\s+(?P<label_ar3>(?:عدد|حصيلة|إجمالي)\s+[^.؛\d]{2,100}?)\s*$", re.I)  # "وبلغ عدد الهجمات ... 153"
LABELS = [(re.compile(p, re.I), measure) for p, measure in [
    (r"\battacks\b.*\bclaimed\b|\bclaimed\s+attacks\b|(?<!\w)(?:ال)?هجمات\s+التي\s+(?:تبنا|تبنّا|أعلن)", "isis_claimed_attacks"),
    (r"\b(?:leaders?|commanders?|emirs?|senior\s+(?:ISIS\s+)?officials)\b.*\b(?:killed|dead)\b|القادة\s+القتلى|قادة\s+قتلى", "leaders_killed"),
    (r"\b(?:leaders?|commanders?|emirs?|senior\s+(?:ISIS\s+)?officials)\b.*\b(?:captured|detained)\b|القادة\s+المعتقل", "leaders_captured"),
    (r"\b(?:partnered|joint)\s+(?:operations|missions)\b|العمليات\s+المشتركة", "partnered_operations"),
    (r"\b(?:U\.?S\.?[- ]only|unilateral)\s+(?:operations|missions)\b|العمليات\s+(?:المنفردة|الأحادية)", "us_only_operations"),
    (r"\b(?:killed|dead|deaths|fatalities)\b|(?<!\w)(?:ال)?قتلى(?!\w)|(?<!\w)(?:مقتل|قتلوا)(?!\w)", "killed"),
    (r"\b(?:detained|captured|arrested|detentions|arrests|detainees)\b|(?<!\w)(?:ال)?(?:معتقل\S*|اعتقالات|أسرى|موقوفين)(?!\w)|(?<!\w)(?:اعتقلوا|أسروا)(?!\w)", "detained"),
    # not a kind of them ("Operations to Foil Terrorist Attempts: 6")
    (r"\b(?:operations|missions|raids)\b(?!\s+(?:to|for)\s)|(?<!\w)(?:ال)?عمليات(?!\w)|(?<!\w)(?:ال)?مهام(?!\w)", "operations"),
    (r"\b(?:air)?strikes\b|(?<!\w)(?:ال)?(?:ضربات|غارات)(?!\w)", "strikes"),
    (r"\btargets\b|\b(?:destroyed|struck)\s+(?:\w+\s+)?(?:facilities|sites)\b|(?<!\w)(?:ال)?أهداف(?!\w)", "targets_struck"),
    (r"\bmunitions\b|(?<!\w)(?:ال)?ذخائر(?!\w)", "munitions"),
]]
# "four leaders were among those killed in last month's raid": one operation's, however far after the number
LAST_RAID = re.compile(r"^[^.;:،]{0,120}?\b(?:in|during)\s+(?:last|this|that)\s+(?:week|month)['’]s\s+(?:[\w-]+\s+)?(?:strike|airstrike|raid|operation|attack|ambush)\b(?!s)", re.I)
# "أسفرت عملية مشتركة ... عن مقتل 15", "الغارة ... أسفرت عن مقتل": one operation's dead, said before the number
ONE_OPERATION_BEFORE = re.compile(r"(?<!\w)[وف]?(?:أسفرت|أدت)\s+(?:ال)?(?:عملية|غارة|ضربة|مداهمة|إنزال)(?!\w)(?![^.،,]{0,40}عمليات)"
                                  # "شنت القوات الأميركية والأردنية هجوما مشتركا استهدف أكثر من 70 هدفا": one attack's targets;
                                  # "العملية بدأت مساء 19 ديسمبر، واستخدمت أكثر من 100 ذخيرة": the operation of that day
                                  r"|(?<!\w)[وف]?(?:شنت|نفذت|شن|نفذ)\s+(?:\S+\s+){0,4}?(?:هجوما|هجوماً|ضربة|غارة)\s+(?:\S+\s+){0,2}?استهدفت?\s+[^.]{0,60}$"
                                  r"|(?<!\w)[وف]?(?:ال)?عملية\s+(?:بدأت|انطلقت)\s+(?:مساء|صباح|فجر|ليلة|يوم|في)\s+(?:يوم\s+)?\d{1,2}\s+[^.]{0,80}$"
                                  # two announced strikes' dead: "شنت قوات أميركية ضربتين منفصلتين في سوريا، أسفرتا عن مقتل 37"
                                  r"|(?<!\w)(?:ضربتين|غارتين|عمليتين|مداهمتين)(?!\w)[^.]{0,80}?(?<!\w)[وف]?(?:أسفرتا|أدتا)\s+عن\s+[^.]{0,20}$"
                                  r"|(?<!\w)[وف]?ال(?:غارة|مداهمة|ضربة)(?!\w)[^.]{0,120}?(?<!\w)[وف]?(?:أسفرت|أدت)\s+عن\s+[^.]{0,30}$"
                                  # "The ensuing fight to contain the breakout resulted in more than 420 ISIS killed": one event's
                                  r"|\b(?:fight|fighting|battle|clashes|breakout|siege|assault|attack|ambush)\b[^.]{0,80}\b(?:resulted in|left|led to)\s+[^.]{0,30}$"
                                  # "In the most recent operation announced Saturday, 20 U.S. aircraft launched over 90 munitions"
                                  r"|\b(?:in|during)\s+(?:the|this|that)\s+(?:most\s+recent\s+|latest\s+|initial\s+|first\s+|same\s+|last\s+)?(?:operation|strike|raid|airstrike)\b(?!s)[^;!?]{0,140}$"
                                  # "CENTCOM announced a joint operation with the Syrian Ministry of Interior, destroying over 15"
                                  r"|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:operation|raid)\b(?!s)[^.;]{0,80}?,\s*(?:destroying|killing|capturing|detaining|resulting\s+in)\s+[^.]{0,20}$", re.I)
# "The U.S.-Iraq joint military operation in Western Iraq killed four ISIS leaders": one operation is the subject
THE_OPERATION_EN = re.compile(r"(?:^\W*|\bthat\s+|\bsaid\s+)(?:the|a|an)\s+(?:[\w.-]+\s+){0,4}?(?:operation|raid|strike|airstrike)\b(?!s)(?:\s+(?:in|on|near|at)\s+[^.,;]{0,40}?)?"
                              r"\s+(?:killed|left|resulted in the deaths? of)\s+[^.]{0,20}$"
                              # "that in a joint operation last month, U.S. and Iraqi forces successfully killed 14"
                              r"|\b(?:in|during)\s+(?:a|an|another)\s+(?:joint|single|partnered|combined|separate)\s+(?:operation|raid|strike|airstrike)\b(?!s)"
                              r"(?:\s+(?:last|this)\s+(?:month|week))?\s*,\s+[^;,]{0,60}?\b(?:killed|captured|detained)\s+[^.]{0,20}$", re.I)
# "It killed at least 28 militants" after a sentence about one strike ('a "large-scale airstrike" was conducted on an IS
# training camp'): that strike's dead
IT_KILLED = re.compile(r"^\W*It\s+(?:killed|left|resulted in the deaths? of)\s+[^.]{0,20}$", re.I)
ONE_OPERATION_TOLD = re.compile(r"\b(?:a|an|one)\s+(?:[\w\"“”'-]+\s+){0,3}?(?:strike|airstrike|raid|operation)\b(?!s)[\"”']?\s+(?:was|had\s+been)\s+(?:conducted|carried\s+out|launched)\b", re.I)
ONE_OPERATION_ANYWHERE = re.compile(r"(?<!\w)(?:أثناء|خلال|في)\s+(?:تنفيذ\s+)?ال(?:عملية|غارة|مداهمة|ضربة)(?!\w)|\b(?:during|in)\s+the\s+(?:operation|raid|strike)\b(?!s)", re.I)
ADVERBIAL_AR = re.compile(r"\s+(?P<w>(?:خلال|في|منذ|طوال)\s+[^،,.]{2,60}?)\s*$")
LEADERS_OWN_VERB = re.compile(r"^\s*(?:[^\s,.;،]+\s+){1,3}?(?:were\s+|was\s+)?(?:(?P<k>قتلوا|killed)|(?P<d>اعتقلوا|أسروا|captured|detained))(?!\w)", re.I)
THE_OPERATION_AR = re.compile(r"(?<!\w)[وف]?ال(?:عملية|غارة|مداهمة)(?!\w)\s+(?:\S+\s+){0,6}?(?:أسفرت|أدت)\s+عن\s+[^.]{0,30}$")
ALONE_BEFORE = re.compile(r"(?<!\w)(?:وحدها|بمفردها|منفردة|بشكل\s+(?:منفرد|أحادي))\s*$|\b(?:alone|unilaterally|on\s+(?:its|their)\s+own)\s+(?:conducted|carried\s+out)\s*$", re.I)
ALONE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:alone|unilaterally|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\b|^\s*(?:\S+\s+){0,2}?(?:وحدها|بمفردها|منفردة)(?!\w)", re.I)
OF_THE_OPERATIONS = re.compile(r"^\W*(?:of|among)\s+(?:these|those|the|which)\s+(?:operations|missions)\s*,?\s*$", re.I)
INCLUDING = re.compile(r"(?:\bincluding|\bamong (?:them|whom)|\bof whom|(?<!\w)(?:من\s+)?(?:بينهم|منهم)|(?<!\w)بمن\s+(?:فيهم|في\s+ذلك))\s*$", re.I)  # a subset follows
OF_THEM = re.compile(r"^\s*(?:of\s+(?:them|these|those|which)\b|منها(?!\w))", re.I)
LEADERS = re.compile(r"\b(?:leaders?|commanders?|emirs?|officials)\b|قادة|القادة|قائد|قيادي|أمير|أمراء|متزعم", re.I)

# -------------------------------------------------------------------------------------------------- countries

SDF_AND_ISIS_NAMES = re.compile(r"Syrian Democratic Forces|قوات سوريا الديمو?قراطية|Islamic State (?:of|in) Iraq and (?:the )?Syria|"
                                r"الدولة الإسلامية في العراق والشام", re.I)
COUNTRY = re.compile(r"\b(?P<both>Iraqi?\s*(?:and|,|&|/)\s*Syria|Iraq\s+in\s+Syria|Syria\s*(?:and|,|&|/)\s*Iraq|both\s+countries)\b|\b(?P<Iraq>Iraq|Iraqi\s+(?:soil|territory))\b|"
                     r"\b(?P<Syria>Syria|Syrian\s+(?:soil|territory))\b|"
                     r"(?P<both_ar>(?<!\w)[وبف]?(?:العراق وسوري[اة]|سوري[اة] والعراق|البلدين)(?!\w))|"
                     r"(?P<Iraq_ar>(?<!\w)[وبف]?(?:العراق|الأراضي\s+العراقية|الجانب\s+العراقي)(?!\w))|"
                     r"(?P<Syria_ar>(?<!\w)[وبف]?(?:سوري[اة]|الأراضي\s+السورية|الجانب\s+السوري)(?!\w))")
HEADING_COUNTRY = re.compile(r"^\W*(?:in\s+|في\s+)?(?P<c>Iraq|Syria|العراق|سوريا)\s*:?\s*$", re.I)
TWO_COLUMNS = re.compile(r"(?:in\s+)?(Iraq|Syria)\W+(?:in\s+)?(Iraq|Syria)\W*$", re.I)
NOT_ANAPHORA = re.compile(r"(?:المذكورة|السابقة)\s+أعلاه|(?:جميع|مجمل|كل)\s+(?:هذه\s+)?العمليات|\ball (?:of )?(?:these|the|those) (?:operations|missions)\b", re.I)
ANAPHORA = re.compile(r"^(?:furthermore|moreover|additionally|of these|in those|as a result|خلال هذه)|(?<!\w)[وف]?(?:هذه\s+)?العمليات(?!\w)(?!\s+(?:المذكورة|السابقة|كلها|جميعها))|"
                      r"(?<!\w)(?:فقد\s+|و)?(?:أسفرت|أدت)\s+عن\s+(?:مقتل|اعتقال|قتل)|\b(?:these|the|those) (?:operations|missions|efforts|raids)\b"
                      r"|\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would)\b)", re.I)  # "... were detained there"

# ----------------------------------------------------------------------------------------------------- windows

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# the long names with their last letter dropped, and February without its first r, as typed in a hurry ("from October 1
# to Novembe 6", "Febuary")
MONTHS.update({m.lower()[:-1]: i for i, m in enumerate(calendar.month_name) if len(m) >= 7} | {"febuary": 2})
AR_MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4, "ابريل": 4, "نيسان": 4,
    "إبريل": 4, "افريل": 4, "أفريل": 4, "مايو": 5, "أيار": 5, "ايار": 5, "ماي": 5, "يونيه": 6, "جوان": 6, "يوليه": 7, "جويلية": 7,
    "اغسطس": 8, "أوت": 8, "اكتوبر": 10, "تشرين الاول": 10, "تشرين الثانى": 11, "كانون الاول": 12, "كانون الثانى": 1,
    "جانفي": 1, "فيفري": 2, "اذار": 3, "يونيو": 6, "حزيران": 6, "يوليو": 7, "تموز": 7, "أغسطس": 8, "آب": 8, "سبتمبر": 9,
    "أيلول": 9, "أكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11, "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12,
}
MONTHS.update(AR_MONTHS)
# (the months that are also English words, "may" and "march", only as names: "ISIS may try" is no window)
_CASED = {"may": "(?-i:May|MAY)", "march": "(?-i:March|MARCH)", "mar": "(?-i:Mar)"}
_month_name = "(?:" + "|".join(_CASED.get(m, re.escape(m)) for m in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_AR_SECOND_NAME = "(?:" + "|".join(sorted((re.escape(m) for m in AR_MONTHS), key=len, reverse=True)) + ")"
_month = rf"{_month_name}(?:\s*/\s*{_month_name}|\s*\(\s*{_month_name}\s*\)|\s+{_AR_SECOND_NAME}(?!\w))?"  # "تشرين الأول/ أكتوبر",
# "ديسمبر (كانون الأول)", "أكتوبر تشرين الأول": an Arabic text's two names of one month (the first is read: "20 ديسمبر
# (كانون الثاني)", a slip for كانون الأول, is 20 December)
_day = r"(?:\d{1,2})(?!\d)(?:st|nd|rd|th)?"  # (not the "20" of "June 2023")
_year = r"(?:20\d\d)"
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6})
_weekday = "(?:" + "|".join(WEEKDAYS) + ")"
# How many months, weeks or days a window phrase counts ("the past six months", "الأشهر الستة"): one to twelve.
NUMBER_WORD = {w: v for w, v in EN_UNITS.items() if 1 <= v <= 12} \
    | {f"{article}{w}": v for w, v in AR_WORDS.items() if w.endswith("ة") and 3 <= v <= 10 for article in ("", "ال")} \
    | {"الاثني عشر": 12}

# the year a half, quarter or first months are "of" when it is the running one ("the first six months of the current year")
_THIS_YEAR = r"the\s+year|this\s+year|the\s+current\s+year"
# Each: regex, kind. Groups name what the window is built from (see window_of).
WINDOW_PATTERNS = [
    # "since the fall of the Assad regime", "منذ سقوط نظام الأسد", "من سقوط نظام الأسد حتى 20 أيلول": from the day
    # data/events.csv gives for it to the day named, else the statement's
    (r"\bsince\s+(?:the\s+)?(?:fall|collapse|ouster|toppling|overthrow)\s+of\s+(?:the\s+)?(?:former\s+)?(?:(?:President\s+)?Bashar\s+(?:al-)?)?Assad(?:['’]s)?(?:\s+(?:regime|government))?|"
     r"\bsince\s+(?:the\s+)?Assad\s+(?:regime|government)\s+(?:fell|collapsed)|"
     rf"(?<!\w)[وف]?(?:منذ|من)\s+(?:تاريخ\s+)?سقوط\s+(?:نظام\s+)?(?:الرئيس\s+)?(?:السابق\s+)?(?:بشار\s+)?(?:ال)?أسد(?!\w)"
     rf"(?:\s+(?:حتى|إلى|الى)\s+(?P<d2>\d{{1,2}})\s+(?:من\s+)?(?P<m2>{_month})(?:\s+(?:الجاري|الحالي))?(?:\s+(?P<y2>{_year}))?)?", "since_assad"),
    # "during the first week of November", "خلال الأسبوع الأول من شهر تشرين الثاني الجاري": that week's days
    (rf"\bthe\s+(?P<wk>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<m1>{_month})(?:,?\s+(?P<y1>{_year}))?|"
     rf"(?<!\w)الأسبوع\s+(?P<wk_ar>الأول|الثاني|الثالث|الرابع|الأخير)\s+(?:من\s+)?(?:(?:شهر\s+)?(?P<m1b>{_month})(?:\s+(?P<y1b>{_year}))?|(?P<this_ar>(?:ال)?شهر\s+(?:الجاري|الحالي)|هذا\s+الشهر))", "week_of_month"),
    (rf"(?:from|between)\s+(?P<m1>{_month})\s+(?P<d1>{_day})(?:,?\s+(?P<y1>{_year}))?\s*(?:to|through|until|and|-|–|—)\s*(?:(?P<m2>{_month})\s+)?(?P<d2>{_day})\b(?:,?\s+(?P<y2>{_year}))?", "dates"),
    (rf"(?:from|between)\s+(?P<m1>{_month})\s+(?P<d1>{_day})\s*(?:to|through|until|and|-|–|—)\s*(?P<wd>{_weekday})\b", "dates_to_weekday"),
    (rf"\b(?:in|over|during)\s+the\s+(?P<n>\w+|\d+)\s+months\s+(?:to|through|until|ending(?:\s+on)?)\s+(?P<m2>{_month})\s+(?P<d2>{_day})", "months_to_date"),  # "between February 3 and Thursday"
    (rf"(?:from|between)\s+(?P<d1>{_day})\s+(?:(?P<m1>{_month})\s+)?(?:to|through|until|and|-|–|—)\s*(?P<d2>{_day})\s+(?P<m2>{_month})(?:,?\s+(?P<y2>{_year}))?", "dates"),
    (rf"(?P<m1>{_month})\s+(?P<d1>{_day})(?:,?\s+(?P<y1>{_year}),?)?\s*(?:-|–|—|to|through)\s*(?:(?P<m2>{_month})\s+)?(?P<d2>{_day})\b(?:,?\s+(?P<y2>{_year}))?", "dates"),  # "Dec. 30, 2024, to Jan. 6, 2025"
    # (and "من تاريخ 19 تموز من عام 2023 ولغاية 24 آب الجاري")
    (rf"(?:من|بين)\s+(?:تاريخ\s+)?(?P<d1>\d{{1,2}})\s+(?:(?:من\s+)?(?P<m1>{_month})\s+(?:(?:من\s+)?(?:(?:ال)?عام\s+)?(?P<y1>{_year})\s+)?)?(?:إلى|الى|حتى|و|و?لغاية)\s*(?:تاريخ\s+)?(?P<d2>\d{{1,2}})\s+(?:من\s+)?(?P<m2>{_month})(?:\s+(?P<y2>{_year}))?", "dates"),
    # "بين 20 و29 من الشهر الجاري", "between the 20th and 29th of this month": days of the statement's month
    (r"(?:من|بين)\s+(?P<d1>\d{1,2})\s+(?:إلى|الى|حتى|و)\s*(?P<d2>\d{1,2})\s+من\s+(?:هذا\s+الشهر|(?:ال)?شهر\s+(?:الجاري|الحالي))(?!\w)|"
     r"\bbetween\s+the\s+(?P<d1b>\d{1,2})(?:st|nd|rd|th)\s+and\s+(?:the\s+)?(?P<d2b>\d{1,2})(?:st|nd|rd|th)\s+of\s+this\s+month\b", "dates_this_month"),
    # "بين الثالث من شباط/ فبراير و12 منه": the second day "of it", the same month
    (rf"(?:من|بين)\s+(?P<d1>\d{{1,2}})\s+(?:من\s+)?(?P<m2>{_month})(?:\s+(?P<y2>{_year}))?\s+(?:إلى|الى|حتى|و)\s*(?P<d2>\d{{1,2}})\s+(?:منه|من\s+(?:الشهر\s+(?:نفسه|ذاته)|نفس\s+الشهر))(?!\w)", "dates"),  # "و12 منه", "و12 من الشهر نفسه"
    (rf"\b(?:since|after|(?:in\s+)?the\s+aftermath\s+of)\s+(?:the\s+)?(?P<m1>{_month})\s+(?P<d1>{_day})(?:,?\s+(?P<y1>{_year}))?", "since_date"),
    # "Since partnered operations ... resumed on December 8"
    (rf"\bsince\s+(?!the\s+(?:start|beginning)\b)[^.,;:\d]{{3,80}}?\s(?:began|begun|started|resumed|launched|was\s+launched)\s+on\s+(?P<m1>{_month})\s+(?P<d1>{_day})(?:,?\s+(?P<y1>{_year}))?"
     # "منذ الضربة الجوية الواسعة التي بدأت في 19 كانون الأول الجاري": since the strike that began on 19 December
     rf"|(?<!\w)[وف]?منذ\s+[^.,،;؛:\d]{{3,80}}?\s(?:بدأت|بدأ|انطلقت|انطلق|أطلقت|أطلق|شنت|شن|نفذت\S*|نفذ\S*)\s+(?:\S+\s+){{0,2}}?(?:في|يوم|بتاريخ)\s+(?P<d1b>\d{{1,2}})\s+(?:من\s+)?(?P<m1b>{_month})"
     rf"(?:\s+(?:الجاري|الحالي))?(?:\s+(?P<y1b>{_year}))?", "since_date"),
    (rf"\bsince\s+(?P<d1>{_day})\s+(?P<m1>{_month})(?:,?\s+(?P<y1>{_year}))?|(?:منذ\s+(?:(?:هجوم|الهجوم|كمين|يوم|تاريخ|غارات|ضربات)\s+)?|بعد\s+(?:هجوم|الهجوم|كمين|غارات|ضربات)\s+)(?P<d1b>\d{{1,2}})\s+(?:من\s+)?(?P<m1b>{_month})(?:\s+(?P<y1b>{_year}))?", "since_date"),
    (rf"\bsince\s+(?:last\s+)?(?:(?P<mid>mid-?\s*)|(?P<late>late[- ]\s*)|early[- ]\s*)?(?P<m1>{_month})(?:\s+(?P<y1>{_year}))?|منذ\s+(?:(?P<mid_ar>منتصف|أواسط)\s+|(?:مطلع|بداية|أوائل|الأول\s+من)\s+)?(?:شهر\s+)?(?P<m1b>{_month})", "since_month"),
    (rf"\b(?:from\s+)?(?P<m1>{_month})(?:\s+(?P<y1>{_year}))?(?:\s+(?:to|through|until|and|-|–)\s+|\s*[-–]\s*)(?:last\s+)?(?P<m2>{_month})(?:,?\s+(?P<y2>{_year}))?(?![.\s]*\d)", "months"),
    (rf"(?:(?:من|بين)\s+(?:شهري?\s+)?|(?:خلال|في)\s+(?:شهري\s+)?)(?P<m1>{_month})(?:\s*/?\s*{_month})?\s+(?:(?:إلى|الى|حتى|و?لغاية)\s+|و\s?)(?:شهر\s+)?(?P<m2>{_month})(?:\s*/?\s*{_month})?(?:\s+(?:من\s+)?(?:(?:ال)?عام\s+)?(?P<y2>{_year}))?", "months"),
    (rf"\b(?:the\s+)?(?:year['’]s\s+)?(?P<half>first|second)\s+(?:half|six months)(?:\s+of\s+(?:{_THIS_YEAR}|(?P<y1>{_year})))?(?!\s+of\b)|\bH(?P<hn>[12])\s+(?P<y1d>{_year})|النصف\s+(?P<half_ar>الأول|الثاني)\s+من\s+(?:العام\s+)?(?P<y1b>{_year})?|"
     rf"(?:الأشهر|الشهور)\s+الستة\s+(?P<half_ar2>الأولى|الأخيرة)\s+من\s+(?:هذا\s+)?(?:(?:ال)?(?:عام|العام|السنة)\s*)?(?:الجاري|الحالي|(?P<y1c>{_year}))?", "half"),
    (rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:{_THIS_YEAR}|(?P<y1>{_year}))|"
     rf"\b(?:the\s+)?(?P<qq>first|second|third|fourth)\s+quarter(?!\s+of\b)|\b(?P<prev_q>(?:the\s+)?(?:last|past|previous)\s+quarter)\b(?!\s+of\b)|\bQ(?P<qn>[1-4])\s+(?P<y1c>{_year})|"
     rf"\b(?:the\s+)?(?P<q3>first)\s+three\s+months\s+of\s+(?:{_THIS_YEAR}|(?P<y1d>{_year}))|"
     rf"(?:(?P<q1ar>(?:الأشهر|الشهور)\s+الثلاثة\s+الأولى)|الربع\s+(?P<q_ar>الأول|الثاني|الثالث|الرابع))\s+من\s+(?:هذا\s+)?(?:(?:ال)?(?:عام|العام|السنة)\s*)?(?:الجاري|الحالي|(?P<y1b>{_year}))?", "quarter"),
    (rf"\b(?:the\s+)?first\s+(?P<n>\w+)\s+months\s+of\s+(?:{_THIS_YEAR}|(?P<y1>{_year}))|"
     rf"(?:الأشهر|الشهور)\s+(?P<n_ar>\S+)\s+الأولى\s+من\s+(?:هذا\s+)?(?:(?:ال)?(?:عام|العام|السنة)\s*)?(?:الجاري|الحالي|(?P<y1b>{_year}))?", "first_months"),
    # "eleven operations over a ten-day period, following initial strikes on December 19": the ten days after that day
    # (the day itself is left to be read as one: "strikes on December 19 that targeted 70 ISIS sites" are that day's)
    (rf"\b(?:over|during|in|within)\s+an?\s+(?P<n>\w+|\d+)-day\s+(?:period|span|stretch),?\s+(?:following|after)\b(?=\s+[^.;]{{0,60}}?\bon\s+"
     rf"(?P<m1>{_month})\s+(?P<d1>{_day}))", "days_following"),
    (r"\b(?:over|during|in|within)\s+the\s+(?:past|last)\s+(?P<half_year>half[- ]year)\b|"
     r"\b(?:over|during|in|within|for)\s+the\s+(?:past|last|previous)\s+(?P<n>\w+|\d+)\s+(?P<unit>months?|weeks?|days?|years?)|"
     r"\b(?:over|during|within)\s+(?P<n3>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit3>months|weeks|days)\b"
     r"(?!\s+(?:of|before|after|ago|beginning|starting|from|since|following))|"
     r"\b(?:over|during|in|within)\s+an?\s+(?P<n2>\w+|\d+)-(?P<unit2>day|week|month)\s+(?:period|span|stretch)\b|"
     r"(?:خلال|في|على مدى|على مدار)\s+(?:الأشهر|الشهور)\s+(?P<n_ar>\S+)\s+(?:الماضية|الأخيرة)|"
     r"(?:خلال|في|على مدى|على مدار)\s+(?:الـ\s*)?(?P<n_ar2>\S+)\s+(?:أشهر|شهور|شهرا|شهراً)(?:\s+(?:الماضية|الأخيرة)|(?!\s+(?:من|على|قبل|بعد|الأولى|الماضية|الأخيرة)))(?!\s+من\s+(?:هذا\s+)?العام)|"
     r"(?:خلال|في|على مدى|على مدار)\s+(?:الـ\s*)?(?P<n_ar3>\d+|\S+)\s+(?P<unit_ar3>يوما|يوماً|أيام|أسابيع|أسبوعا|أسبوعاً)(?:\s+(?:الماضية|الأخيرة)|(?!\s+(?:من|على|قبل|بعد)))|"
     r"(?:خلال|في|على مدى|على مدار)\s+(?P<unit_ar4>الأيام|الأسابيع)\s+(?P<n_ar4>\S+)\s+(?:الماضية|الأخيرة)|"
     r"(?:خلال|في|على مدى|على مدار)\s+(?:(?:نحو|قرابة|حوالي|حوالى)\s+)?(?:ال)?(?P<dual_ar>شهرين|أسبوعين|يومين|عامين|سنتين)(?:\s+(?:الماضيين|الأخيرين|الماضيتين|الأخيرتين))?(?!\s+من)(?!\w)", "past_n"),
    # "في عملية استمرت 8 أيام": a sweep of that many days up to the statement (an English "nine-day campaign" is most
    # often told with its dates, which win)
    (r"(?<!\w)(?:عملية|حملة)\s+(?:\S+\s+){0,3}?(?:استمرت|امتدت|دامت)\s+(?P<n_ar3>\d+|\S+)\s+(?P<unit_ar3>أيام|يوما|يوماً|أسابيع)(?!\w)", "past_n"),
    (r"\b(?:over|during|in|within|for)\s+(?:the|this)\s+(?:past|last|previous)\s+(?P<unit>year|month|week)\b|(?:خلال|في)\s+(?P<unit_ar>السنة|الشهر)\s+(?:الأخير|الأخيرة)|\blast\s+(?P<unit2>week)\b|(?P<unit_ar2>الأسبوع)\s+(?:الماضي|المنصرم|الفائت)", "past_one"),
    (rf"\b(?:so far this year|this year|the current year|since (?:the (?:start|beginning) of (?:the year|this year|(?P<y1>{_year}))|January 1|1 January)|year[- ]to[- ]date)\b|منذ\s+(?:بداية|مطلع)\s+(?:(?:العام|السنة)(?:\s+(?P<y1b>{_year}))?|(?:عام\s+)?(?P<y1c>{_year}))", "this_year"),
    (r"\b(?:throughout|during|over|for|in)\s+the\s+(?:calendar\s+)?year\b(?!\s+(?:20|before|earlier))", "the_year"),
    # "منذ مطلع الشهر الجاري", "since the start of the month": this month so far, not a day early in it
    (r"(?<!\w)[وف]?منذ\s+(?:مطلع|بداية|أوائل)\s+(?:هذا\s+)?(?:ال)?شهر(?:\s+(?:الجاري|الحالي))?(?!\w)|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month\b", "this_month"),
    (rf"(?<!\w)(?:منتصف|أواسط|أوائل|أواخر|مطلع)\s+(?:شهر\s+)?(?P<m1b>{_month})"
     r"|(?<!\w)(?:منتصف|أواسط|أوائل|أواخر|مطلع)\s+(?P<this_ar>(?:ال)?شهر\s+(?:الجاري|الحالي)|هذا\s+الشهر)", "part_month"),
    (r"\bearlier (?:this|last) month\b|في\s+وقت\S?\s+سابق\s+من\s+(?:هذا\s+)?الشهر(?:\s+(?:الجاري|الحالي|الماضي))?", "earlier"),
    (r"\bthis month\b|(?:هذا الشهر|الشهر الجاري)", "this_month"),
    (r"\b(?:in|during|over) the (?:days|weeks) (?:since|after|following|that followed)\b|(?:خلال|في)\s+الأيام\s+(?:التي\s+)?(?:تلت|أعقبت|التالية)", "days_after"),
    (r"\blast month\b|الشهر\s+(?:الماضي|المنصرم|الفائت)", "last_month"),
    (r"\blast year\b|(?:العام|السنة)\s+(?:الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة)", "last_year"),
    (rf"\b(?:calendar\s+year|in|during|throughout|for|of)\s+(?P<y1>{_year})\b(?!\s*[-–])|(?:خلال|في)\s+(?:(?:عام|العام)\s+)?(?P<y1b>{_year})", "year"),
    (rf"\bon\s+(?P<m1>{_month})\s+(?P<d1>{_day})\b|\bon\s+(?P<d1b>{_day})\s+(?P<m1b>{_month})|(?<![\w/])(?P<d1c>\d{{1,2}})\s+(?:من\s+)?(?P<m1c>{_month})(?=[\s،,.]|$)(?!\s*\d)"
     rf"|(?<![\w/])(?P<d1d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1d>{_month}),?\s+{_year}(?:\b|(?=م(?!\w)))"  # a dateline's "16th December, 2022", "22 سبتمبر 2025", "2025م"
     rf"|\b(?=[A-Za-z])(?P<m1e>{_month})\s+(?P<d1e>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:[-–—/]|,?\s*\d|(?:and|to|through|until)\b))"  # "the December 19 strikes"
     rf"|(?<![\w/])(?P<d1f>\d{{1,2}})\s*/\s*(?P<m1f>{_month_name})\s*/\s*{_year}(?!\d)", "day"),  # a page's "22 / نوفمبر / 2024"
    (rf"\b(?:early|mid|late)[- ](?P<m1>{_month})(?![.\s]*\d)", "part_month"),
    (rf"(?<![\w-])(?:(?:during|in|for|throughout|over|last|of)\s+(?:the\s+month\s+of\s+)?)?(?P<m1>{_month})(?:\s+(?P<y1>{_year}))?(?![.\s]*\d)(?!\w)|"
     rf"(?:خلال|في|لشهر)\s+(?:شهر\s+)?(?P<m1b>{_month})(?:\s+(?:الماضي|الجاري|المنصرم|الفائت))?(?:\s+(?P<y1b>{_year}))?", "month"),
]
WINDOWS = [(re.compile(p, re.I), kind) for p, kind in WINDOW_PATTERNS]
RANGE_END = re.compile(r"\b(?:through|until|till|to|and)\s+$|[-–—]\s*$", re.I)  # "... missions through Dec. 29": no day of its own
AS_OF_MONTH = re.compile(rf"\b(?:as of|as at|by)\s+(?:the\s+end(?:\s+of)?\s+)?(?P<m>{_month_name})(?:\s+(?P<y>{_year}))?\b|"
                         rf"حتى\s+نهاية\s+(?:شهر\s+)?(?P<m_ar>{_month_name})(?:\s+(?P<y_ar>{_year}))?", re.I)
AS_OF = re.compile(r"\b(?:as of|as at|by)\s+(?:the\s+end(?:\s+of)?\s*)?$|حتى\s+نهاية\s+$", re.I)


def _month_number(name: str | None) -> int | None:
    """The month a name gives, or the first of its two names ("تشرين الأول/ أكتوبر", "ديسمبر (كانون الأول)", "أكتوبر تشرين الأول")."""
    if not name:
        return None
    first = re.match(rf"{_month_name}", name.split("/")[0].split("(")[0].strip(), re.I)
    return MONTHS.get(first.group().lower().rstrip(".")) if first else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_for(month: int, on: dt.date, year: str | None) -> int:
    """The year of a month named without one: the latest such month that began on or before `on`."""
    return int(year) if year else (on.year if month <= on.month else on.year - 1)


def last_weekday(on: dt.date, name: str) -> dt.date:
    """The last day named so ("Monday", "الأربعاء") on or before a date: the day a text means by its weekday."""
    return on - dt.timedelta(days=(on.weekday() - WEEKDAYS[name.lower()]) % 7)


def _back(on: dt.date, months: int = 0, days: int = 0) -> dt.date:
    if months:
        y, m = divmod(on.year * 12 + on.month - 1 - months, 12)
        return dt.date(y, m + 1, min(on.day, calendar.monthrange(y, m + 1)[1]))
    return on - dt.timedelta(days=days)


def window_of(m: re.Match, kind: str, on: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, note) of the window a window phrase names, the statement being made on `on`."""
    g = {k: v for k, v in m.groupdict().items() if v}
    try:
        if kind == "dates":
            m1, m2 = _month_number(g.get("m1")), _month_number(g.get("m2") or g.get("m1"))
            m1 = m1 or m2
            d1, d2 = int(re.match(r"\d+", g["d1"]).group()), int(re.match(r"\d+", g["d2"]).group())
            y2 = _year_for(m2, on, g.get("y2"))
            y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
            return dt.date(y1, m1, d1), dt.date(y2, m2, d2), ""
        if kind == "days_following":
            n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORD.get(g["n"].lower())
            m1 = _month_number(g["m1"])
            day = dt.date(_year_for(m1, on, None), m1, int(re.match(r"\d+", g["d1"]).group()))
            first, last = day + dt.timedelta(days=1), day + dt.timedelta(days=n or 0)
            return (first, last, f"the {n} days after {day}") if n and last <= on else None
        if kind == "dates_this_month":
            d1, d2 = (int(g.get(k) or g.get(k + "b")) for k in ("d1", "d2"))
            return (dt.date(on.year, on.month, d1), dt.date(on.year, on.month, d2), "days of the statement's month") \
                if d1 < d2 <= on.day else None
        if kind == "months_to_date":  # "in the six months to December 17"
            n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORD.get(g["n"].lower())
            m2 = _month_number(g["m2"])
            end = dt.date(_year_for(m2, on, None), m2, int(re.match(r"\d+", g["d2"]).group()))
            return (_back(end, months=n), end, f"'{n} months to' a day: counted back from it") if n else None
        if kind == "dates_to_weekday":
            m1 = _month_number(g["m1"])
            end = last_weekday(on, g["wd"])
            start = dt.date(end.year if m1 <= end.month else end.year - 1, m1, int(re.match(r"\d+", g["d1"]).group()))
            return (start, end, f"end: the last {g['wd'].title()} on or before the statement date") if start < end else None
        if kind == "since_date":
            m1 = _month_number(g.get("m1") or g.get("m1b"))
            start = dt.date(_year_for(m1, on, g.get("y1") or g.get("y1b")), m1, int(re.match(r"\d+", g.get("d1") or g.get("d1b")).group()))
            return start, on, f"'since' a date: end taken as the statement date {on}"
        if kind == "since_month":
            m1 = _month_number(g.get("m1") or g.get("m1b"))
            if g.get("mid") or g.get("mid_ar"):  # "since mid-December"
                return dt.date(_year_for(m1, on, g.get("y1")), m1, 15), on, f"'since mid-month': start taken as its 15th, end as the statement date {on}"
            if g.get("late"):  # "since late August"
                return dt.date(_year_for(m1, on, g.get("y1")), m1, 21), on, f"'since late month': start taken as its 21st, end as the statement date {on}"
            return dt.date(_year_for(m1, on, g.get("y1")), m1, 1), on, f"'since' a month: start taken as its first day, end as the statement date {on}"
        if kind == "months":
            m1, m2 = _month_number(g["m1"]), _month_number(g["m2"])
            y2 = _year_for(m2, on, g.get("y2"))
            y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
            if dt.date(y2, m2, 1) <= on < _month_end(y2, m2):  # "between October and November", said on 12 November
                return dt.date(y1, m1, 1), on, f"the last month still running: up to the statement date {on}"
            return dt.date(y1, m1, 1), _month_end(y2, m2), ""
        if kind == "half":
            first = (g.get("half") or "").lower() == "first" or g.get("half_ar") == "الأول" or g.get("half_ar2") == "الأولى" \
                or g.get("hn") == "1"
            # a half with no year: this year's where the statement comes at or after its end, else last year's
            latest = on.year if on.month >= (6 if first else 12) else on.year - 1
            year = int(g.get("y1") or g.get("y1b") or g.get("y1c") or g.get("y1d") or latest)
            return (dt.date(year, 1, 1), dt.date(year, 6, 30), "") if first else (dt.date(year, 7, 1), dt.date(year, 12, 31), "")
        if kind == "quarter":
            if g.get("prev_q"):  # "last quarter": the last whole quarter before the statement
                end = _back(on.replace(day=1, month=3 * ((on.month - 1) // 3) + 1), days=1)
                return dt.date(end.year, end.month - 2, 1), end, ""
            q = int(g["qn"]) if g.get("qn") else 1 if g.get("q3") or g.get("q1ar") else \
                ["الأول", "الثاني", "الثالث", "الرابع"].index(g["q_ar"]) + 1 if g.get("q_ar") else \
                {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}[(g.get("q") or g["qq"]).lower()]
            latest = on.year if on.month >= 3 * q else on.year - 1  # a quarter with no year: the last one of that name
            year = int(g.get("y1") or g.get("y1b") or g.get("y1c") or g.get("y1d") or latest)
            return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q), ""
        if kind == "first_months":  # "the first nine months of 2024"
            n = g.get("n") or g.get("n_ar")
            n = int(n) if n.isdigit() else NUMBER_WORD.get(n.lower())
            year = int(g.get("y1") or g.get("y1b") or on.year)
            return (dt.date(year, 1, 1), _month_end(year, n), "") if n and 1 <= n <= 12 else None
        if kind == "past_n":
            if g.get("dual_ar"):  # "خلال شهرين": two months
                g = {**g, "n": "2", "unit": {"شهرين": "months", "أسبوعين": "weeks", "يومين": "days"}.get(g["dual_ar"], "years")}
            if g.get("unit_ar3") or g.get("unit_ar4"):  # "خلال الـ30 يوما الماضية", "خلال الأيام العشرة الماضية"
                unit = g.get("unit_ar3") or g["unit_ar4"]
                g = {**g, "n": g.get("n_ar3") or g["n_ar4"], "unit": "weeks" if unit.startswith(("أسابيع", "أسبوع", "الأسابيع")) else "days"}
            if g.get("half_year"):  # "the past half year": six months
                g = {**g, "n": "6", "unit": "months"}
            n = g.get("n") or g.get("n2") or g.get("n3") or g.get("n_ar") or g.get("n_ar2")
            n = n[2:] if n.startswith("ال") and n[2:].isdigit() else n
            n = int(n) if n.isdigit() else NUMBER_WORD.get(n.lower())
            unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "months").lower().rstrip("s")
            if not n:
                return None
            start = _back(on, months=n * (12 if unit == "year" else 1)) if unit in ("month", "year") else _back(on, days=n * (7 if unit == "week" else 1))
            return start, on, f"'past {n} {unit}s' counted back from the statement date {on}"
        if kind == "past_one":
            unit = (g.get("unit") or g.get("unit2") or "").lower() or \
                {"العام": "year", "السنة": "year", "الشهر": "month", "الأسبوع": "week"}[g.get("unit_ar") or g["unit_ar2"]]
            start = _back(on, months=12 if unit == "year" else 1) if unit != "week" else _back(on, days=7)
            return start, on, f"'past {unit}' counted back from the statement date {on}"
        if kind == "this_year":  # a running sum of monthly tallies: the months published so far
            last = _back(on.replace(day=1), days=1)
            return dt.date(int(g.get("y1") or g.get("y1b") or g.get("y1c") or last.year), 1, 1), last, "year to date: from 1 January to the end of the month before the statement"
        if kind == "the_year":
            return dt.date(on.year, 1, 1), dt.date(on.year, 12, 31), ""
        if kind == "earlier":  # "earlier this month, ... killed two leaders": an event of some day, not a tally
            return on, on, ""
        if kind == "days_after":  # "in the days after the strike": the dates the text gives for them, else none
            return on - dt.timedelta(days=1), on, "'in the days after'"
        if kind == "this_month":
            return dt.date(on.year, on.month, 1), on, f"'this month': up to the statement date {on}"
        if kind == "last_month":
            prev = _back(on.replace(day=1), days=1)
            return prev.replace(day=1), prev, "'last month': the calendar month before the statement"
        if kind == "last_year":
            return dt.date(on.year - 1, 1, 1), dt.date(on.year - 1, 12, 31), ""
        if kind == "year":
            year = int(g.get("y1") or g.get("y1b"))
            if year == on.year and on.month < 12:  # "in 2024 alone", said in July: the year so far
                return dt.date(year, 1, 1), on, f"the current year: up to the statement date {on}"
            return dt.date(year, 1, 1), dt.date(year, 12, 31), ""
        if kind == "day":
            m1 = _month_number(g.get("m1") or g.get("m1b") or g.get("m1c") or g.get("m1d") or g.get("m1e") or g.get("m1f"))
            day = dt.date(_year_for(m1, on, None), m1, int(re.match(r"\d+", g.get("d1") or g.get("d1b") or g.get("d1c") or g.get("d1d") or g.get("d1e") or g.get("d1f")).group()))
            return day, day, ""
        if kind == "since_assad":
            first = event_day("fall-of-assad")
            end = dt.date(_year_for(_month_number(g["m2"]), on, g.get("y2")), _month_number(g["m2"]), int(g["d2"])) if g.get("d2") else on
            return (first, end, "since the fall of Assad (data/events.csv)") if first and first <= end else None
        if kind == "week_of_month":
            m1 = on.month if g.get("this_ar") else _month_number(g.get("m1") or g.get("m1b"))
            year = _year_for(m1, on, g.get("y1") or g.get("y1b"))
            n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}.get(
                (g.get("wk") or g.get("wk_ar")).lower())
            last = _month_end(year, m1)
            first, end = (dt.date(year, m1, 7 * n - 6), dt.date(year, m1, 7 * n)) if n else (last - dt.timedelta(days=6), last)
            return (first, min(end, on), "a week of a month: its days") if first <= on else None
        if kind == "part_month":  # "in late October", "منتصف الشهر الجاري": when one event happened, a day as far as tallies go
            m1 = on.month if g.get("this_ar") else _month_number(g.get("m1") or g.get("m1b"))
            day = dt.date(_year_for(m1, on, None), m1, 1)
            return day, day, ""
        if kind == "month":
            m1 = _month_number(g.get("m1") or g.get("m1b"))
            year = _year_for(m1, on, g.get("y1") or g.get("y1b"))
            if dt.date(year, m1, 1) > on:
                return None
            if (year, m1) == (on.year, on.month):  # the month the statement is made in: up to that day
                return dt.date(year, m1, 1), on, f"the current month: up to the statement date {on}"
            return dt.date(year, m1, 1), _month_end(year, m1), ""
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return None


AR_ORDINALS = {"أول": 1, "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
               "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي": 1}
# an Arabic day written as an ordinal before its month ("من أول تشرين الأول إلى السادس من تشرين الثاني"): "الحادي عشر" 11,
# "الثاني والعشرين" 22, "العشرين" 20, "الثلاثين" 30
AR_ORDINAL_DAY = re.compile(r"(?<!الأسبوع\s)(?<!\w)(?P<wa>و)?(?:(?P<unit>" + "|".join(sorted(AR_ORDINALS, key=len, reverse=True)) + r")"
                            r"(?:\s+(?P<teen>عشر)|\s+و(?P<tens>العشرين|الثلاثين))?|(?P<round>العشرين|الثلاثين))"
                            rf"(?=\s+(?:من\s+)?(?:شهر\s+)?{_month_name})")
# the first day of a pair whose second is already digits: "بين الثالث و12 من شباط" (after AR_ORDINAL_DAY's pass)
AR_ORDINAL_FIRST = re.compile(r"(?<!تشرين\s)(?<!كانون\s)" + AR_ORDINAL_DAY.pattern.split("(?=")[0] + rf"(?=\s+(?:و|إلى\s+|حتى\s+)\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?{_month_name})")


def _ordinal_days(sentence: str) -> str:
    """The sentence with each Arabic ordinal day before a month written in digits, padded to the same length."""
    def digits(m: re.Match) -> str:
        value = (AR_ORDINALS.get(m["unit"] or "", 0) + (10 if m["teen"] else 0)
                 + {"العشرين": 20, "الثلاثين": 30}.get(m["tens"] or m["round"] or "", 0))
        wa = m["wa"] or ""
        return wa + str(value).ljust(len(m.group()) - len(wa)) if 1 <= value <= 31 else m.group()
    return AR_ORDINAL_FIRST.sub(digits, AR_ORDINAL_DAY.sub(digits, sentence))


def windows_in(sentence: str, on: dt.date) -> list[tuple[int, int, tuple]]:
    """Every window phrase of a sentence: (start, end, (first, last, note)), earlier patterns first where they overlap."""
    found, taken = [], []
    sentence = _ordinal_days(sentence.translate(DIGITS))  # "عام ٢٠٢٢", "السادس من": letter for letter, so positions do not move
    for rx, kind in WINDOWS:
        for m in rx.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            lead = re.match(r"(?:of|in)\s+", m.group(), re.I)  # "as of October 2023": the month pattern takes its "of"
            if kind in ("month", "part_month", "day") and (AS_OF.search(sentence[:m.start() + (lead.end() if lead else 0)]) or (
                    m["m1e"] if kind == "day" and "m1e" in m.groupdict() else None) and RANGE_END.search(sentence[:m.start()])):
                taken.append((m.start(), m.end()))
                w = window_of(m, kind, on) if kind == "month" and not RANGE_END.search(sentence[:m.start()]) else None
                if w and w[1].year == on.year and w[1] < on:  # "483 detained by the end of October": the year's count then
                    found.append((m.start(), m.end(), (dt.date(on.year, 1, 1), w[1], f"the year's count as of {w[1]}")))
                continue  # "as of the end of March": when a count stood, not its own window
            if kind == "month" and re.search(r"\bthrough\s+(?:the\s+end\s+of\s+)?$", sentence[:m.start()], re.I) \
                    and not re.search(r"\b(?:from|between|since)\b", sentence[max(0, m.start() - 60):m.start()], re.I):
                w = window_of(m, kind, on)  # "153 attacks in Iraq and Syria through June": the year's to the end of June
                if w:
                    found.append((m.start(), m.end(), (dt.date(w[0].year, 1, 1), w[1], f"the year's count through {w[1]}")))
                taken.append((m.start(), m.end()))
                continue
            if kind == "month" and re.search(r"\b(?:a|an|the|that|for|after|following)\s+\S+\s*$", sentence[:m.end()], re.I) \
                    and EVENT_NAMED_AFTER.match(sentence, m.end()):
                taken.append((m.start(), m.end()))
                continue  # "in retaliation for a December ambush": the ambush's month, not a window
            w = window_of(m, kind, on)
            if w:
                found.append((m.start(), m.end(), w))
                taken.append((m.start(), m.end()))
    if not OUTLET_SUM.search(sentence) and not any(a.day == 1 and b == _month_end(a.year, a.month) for _, _, (a, b, _) in found):
        # "killed 150 ... this year, CENTCOM said in July": to the statement's day; an outlet's sum of monthly releases
        # names the last month it adds ("308 so far this year, including 36 during August": to the end of August).
        # A bare "this year" or "the current year" said in the year's last month is a year-end review's: the whole
        # year, as a year named then is ("killed 686 this year, CENTCOM said Thursday", 29 December 2022); "so far this
        # year" still ends on the statement's day
        def year_to_date(s: int, e: int, w: tuple) -> tuple:
            if on.month == 12 and w[0].year == on.year and re.fullmatch(r"(?:in\s+|during\s+|for\s+)?(?:this|the\s+current)\s+year", sentence[s:e], re.I) \
                    and not re.search(r"\bso\s+far\s+$", sentence[:s], re.I):
                return w[0], dt.date(on.year, 12, 31), "this year, said in its last month (a year-end review): the whole year"
            return w[0], on, f"year to date: from 1 January to the statement date {on}"
        found = [(s, e, year_to_date(s, e, w) if w[2].startswith("year to date") else w) for s, e, w in found]
    return sorted(found)




def clause(sentence: str, numbers: list, i: int) -> tuple[int, int]:
    """Where the i-th number's own words lie: from the end of the number before it to the start of the next."""
    return (numbers[i - 1][0].end() if i else 0, numbers[i + 1][0].start() if i + 1 < len(numbers) else len(sentence))


def statement_date(text: str, published: dt.date, is_centcom: bool) -> dt.date:
    """The day the statement was made: a report's 'said on Monday' is the last Monday on or before publication (not
    "the attack last Saturday", "الهجوم ... يوم السبت الماضي": a day before it)."""
    if is_centcom:
        return published
    m = re.search(rf"\b[وف]?(?:said|says|announced|stated|reported|confirmed|revealed|released|posted|issued|added|"
                  rf"أعلن\S*|قال\S*|ذكر\S*|أكد\S*|كشف\S*|أفاد\S*|صرح\S*|أوضح\S*|أضاف\S*)\b(?:[^.\n]|(?<=\b[A-Z])\.){{0,110}}?(?:\bon\s+|اليوم\s+|أمس\s+|\b)(?<!\blast\s)({_weekday})\b(?!\s+(?:الماضي|الفائت|المنصرم))"
                  rf"|\b({_weekday})\b(?:[^.\n]|(?<=\b[A-Z])\.){{0,45}}\b(?:said|says|announced|stated|reported|confirmed|revealed|"
                  rf"statement|announcement|release)"
                  rf"|\b(?:statement|release|update|announcement|post)\b[^.\n]{{0,20}}?\bon\s+({_weekday})\b", text[:2000], re.I)
    dated = re.search(rf"\b(?:[Oo]n\s+)?(?P<m>{_month})\s+(?P<d>\d{{1,2}})\b,?\s+(?:\S+\s+){{0,3}}?(?:CENTCOM|(?:U\.?S\.?\s+)?Central Command)\b"
                      rf"[^.\n]{{0,40}}?\b(?:said|says|announced|stated|provided|released|posted|issued|published|reported)\b"
                      rf"|\b(?:its|a|the)\s+(?P<m2>{_month})\s+(?P<d2>\d{{1,2}})\s+(?:post|statement|release|update|announcement)\b"
                      rf"|\b(?:released|published|issued|posted|said|says|announced|stated)\s+(?:on\s+)?(?P<m3>{_month})\s+(?P<d3>\d{{1,2}})\b(?!\s*[-–]|\s+(?:and|to|through)\b)",  # "figures released on March 3"
                      text[:2000], re.I)
    if dated and not re.search(r"(?:\band|\bto|\bthrough|\buntil|[-–—])\s*$", text[:dated.start()]):  # not a range's end
        try:
            month = _month_number(dated["m"] or dated["m2"] or dated["m3"])
            day = dt.date(_year_for(month, published, None), month, int(dated["d"] or dated["d2"] or dated["d3"]))
            if dt.timedelta(0) <= published - day <= dt.timedelta(days=7):
                return day  # "On December 17, US Central Command provided ...", "in its December 17 post"
        except (ValueError, TypeError):
            pass
    if not m:  # "Also on Wednesday, the US Senate voted ...": what the report told before was said that day too
        m = re.search(rf"(?:^|[.\n]\s*)Also\s+on\s+({_weekday})\b", text[:3000], re.I)
    if not m:
        y = re.search(r"\b(?:said|announced|stated|reported)\s+(?:on\s+)?yesterday\b|(?:أعلن\S*|قال\S*|ذكر\S*|أكد\S*)\s+(?:\S+\s+){0,6}?أمس(?!\w)",
                      text[:2000], re.I)
        return published - dt.timedelta(days=1) if y else published
    day = last_weekday(published, next(g for g in m.groups() if g))  # "in a press release on Monday"
    # "today" is the report's own day: the weekday it names is the one nearest the page's date, which may be a day off
    # (a date shown in another time zone): "اليوم السبت" on a page dated Friday is the next day, not six days before
    today = re.search(r"(?<!\w)(?:اليوم|today,?)\s+\S+$", m.group(), re.I)
    return day + dt.timedelta(days=7) if today and (published - day).days > 3 else day


# -------------------------------------------------------------------------------------------------- attribution

CENTCOM_NAMED = re.compile(r"CENTCOM|Central Command|(?:ال|لل)قيادة المركزية|(?:ال|لل)قيادة الوسطى|سنتكوم|Combined Joint Task Force|CJTF-OIR|Inherent Resolve|العزم الصلب|"
                           r"\bU\.?S\.? military(?![\s-]+affairs)|\bAmerican military(?![\s-]+affairs)|Pentagon|البنتاغون|(?:ال|لل)جيش الأمريكي|(?:ال|لل)جيش الأميركي|(?:ال|لل)تحالف الدولي|"
                           r"Defense Department|Department of Defense|وزارة الدفاع الأ(?:مر|مير)يكية|"
                           r"\b(?:U\.?S\.?|American)\s+military\s+officials?|"
                           r"مسؤول\S*\s+عسكري\S*\s+(?:أمريكي|أميركي)\S*|\bU\.?S\.?[- ]led\s+coalition|"
                           r"\b(?:the\s+)?coalition\s+(?:said|says|announced|stated|reported)\b|"
                           # CENTCOM's commanders and spokesmen by name (2022-2026): Gen. McKenzie, Gen. Kurilla, Adm. Cooper;
                           # Col. Buccino, Capt. Urban, Capt. Hawkins
                           r"\bKurilla\b|(?:\bAdm\.?|\bAdmiral|\bBrad(?:ley)?)\s+Cooper\b|(?:\bGen\.?|\bGeneral|\bFrank(?:\s+\w\.)?|\bKenneth)\s+McKenzie\b|"
                           r"\bBuccino\b|\bTim(?:othy)?\s+Hawkins\b|\bBill\s+Urban\b|كوريلا|كوريللا|(?:الأدميرال|الأميرال|براد)\s+كوبر|ماكنزي|ماكينزي", re.I)
CENTCOM_TEXT = re.compile(r"Release Number\s*\d{8}|FOR IMMEDIATE RELEASE|TAMPA, Fla\.?\s*[-–—]|centcom\.mil", re.I)
SOHR_NAMED = re.compile(r"Syrian Observatory|SOHR|المرصد\s+السور+ي", re.I)  # ("السورري": a typo seen)
_AR_SAY = r"(?:قال|قالت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت|أعلن|أعلنت|وثق|وثقت|كشف|كشفت)"  # Arabic verbs of saying, one list
_SDF_AR = r"[\"“”«»]?(?:قوات\s+سوريا\s+الديمو?قراطية|قسد)(?!\w)"  # the SDF's Arabic names, in quotes or not
# the SDF speaking, in Arabic: "أعلنت قسد", "الناطق باسم قسد", "قسد تنشر حصيلة", 'بحسب إحصائية لـ"قسد"', "المركز الإعلامي لقوات سوريا الديمقراطية"
_SDF_SPEAKS_AR = (rf"(?<!\w)[وف]?{_AR_SAY}\s+(?:القيادة\s+العامة\s+ل|المركز\s+الإعلامي\s+ل)?{_SDF_AR}|المركز\s+الإعلامي\s+ل{_SDF_AR}|"
                  rf"(?:الناطق|المتحدث)\s+(?:الرسمي\s+)?باسم\s+{_SDF_AR}|(?<!\w)قسد[\"“”«»]?\s+(?:تنشر|تكشف|تعلن)(?!\w)|"
                  rf"(?:إحصائية|حصيلة|بيان)\s+ل{_SDF_AR}")
OTHER_COUNTERS = [  # a sentence giving a count as theirs -> stated_by
    (SOHR_NAMED, "Syrian Observatory for Human Rights"),
    (re.compile(r"وسائل\s+(?:ال)?إعلام\s+(?:ال)?سوري|\bSyrian\s+(?:state\s+)?media\b|\bSANA\b|(?<!\w)سانا(?!\w)|"
                r"(?:قناة|تلفزيون)\s+[\"“”«]?(?:ال)?إخبارية[\"“”»]?\s+(?:ال)?سورية|\b(?:al-)?Ikhbariya\b", re.I), "Syrian media"),
    (re.compile(rf"\bSDF(?:['’]s)? (?:said|says|announced|stated|released|published|reported|revealed|media|Media Center)|{_SDF_SPEAKS_AR}", re.I),
     "Syrian Democratic Forces"),
    (re.compile(r"(?:Lead )?Inspector General|المفتش العام", re.I), "Lead Inspector General for Operation Inherent Resolve"),
    (re.compile(r"\b(?:a|an|one)\s+(?:senior\s+)?(?:security|intelligence|judicial)\s+(?:official|source)\b", re.I), "an unnamed security official"),
    (re.compile(r"\binformed\s+sources\b|\bsources\s+(?:told|said)\b|(?<!\w)مصادر\s+(?:مطلعة|أمنية|خاصة)(?!\w)", re.I), "unnamed sources"),
    # unnamed "U.S. officials", not said to be military, are not CENTCOM (docs/data.md)
    (re.compile(r"\b(?:U\.?S\.?|American)\s+officials\s+(?:said|say|says|told|added)\b|\b(?:said|according\s+to)\s+(?:two\s+|three\s+|several\s+)?"
                r"(?:U\.?S\.?|American)\s+officials\b|(?<!\w)[وف]?(?:قال|أفاد|ذكر|أكد)\s+مسؤولون\s+(?:أمريكيون|أميركيون)(?!\w)", re.I), "unnamed U.S. officials"),
    # an anonymous U.S. defense official is not CENTCOM's statement ("According to a U.S. defense official, who spoke on
    # condition of anonymity", "وفقا لمسؤول دفاعي أميركي")
    # (and a U.S. military official "who spoke on condition of anonymity", "تحدث شريطة عدم الكشف عن هويته"; "امريكي" also
    # without its hamza)
    (re.compile(r"\b(?:a|an|one)\s+(?:senior\s+)?(?:U\.?S\.?|American)\s+defen[cs]e\s+officials?\b|\bU\.?S\.?\s+defen[cs]e\s+officials\b|مسؤول\S*\s+دفاعي\S*\s+[أا]م(?:ير|ري)كي\S*|"
                r"\b(?:U\.?S\.?|American)\s+(?:military\s+)?officials?,?\s+(?:who\s+)?(?:spoke|speaking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b|"
                r"مسؤول\S*\s+(?:عسكري\S*\s+)?[أا]م(?:ير|ري)كي\S*[،,]?\s+(?:\S+\s+){0,2}?(?:(?:شريطة|شرط|بشرط|طالبا|طالباً|طلب)\s+(?:عدم|عن)|رفض)\s+(?:الكشف|ذكر)", re.I),
     "an unnamed U.S. defense official"),
    (re.compile(r"Security Media Cell|Ministry of Justice|Justice Ministry|Iraqi government(?!\s+(?:forces|troops|security))|Iraq['’]s\s+(?:government|authorities)\b|Iraqi (?:[\w-]+\s+){0,2}(?:official|general|officer|commander)|Iraqi Army|Iraqi military\s+(?:said|says|announced|stated)|Joint Operations Command|Saad Maan|Iraqi authorities|\bIraq\s+(?:says|said|announced|announcing|announces)\b|وزير\s+(?:العدل|الخارجية|الداخلية)\s+العراقي|وزير\s+العدل|(?:Deputy\s+)?Foreign\s+Minister\s+Hisham|السلطات العراقية|(?:الناطق|المتحدث)\s+(?:الرسمي\s+)?باسم\s+القائد\s+العام|الجيش العراقي\s*:|خلية الإعلام الأمني|وزارة العدل|سعد معن|(?:مسؤول|متحدث)\S*\s+(?:\S+\s+)?عراقي", re.I), "Government of Iraq"),
]
# a sentence that opens by naming a monitor or centre as its source ("According to the Syria-based Rojava Information
# Centre (RIC), ISIS carried out 20 attacks in March"): that body's count, by the name the text gives it
ACCORDING_TO_MONITOR = re.compile(r"^\W*According\s+to\s+(?:the\s+)?(?:[\w-]+-based\s+)?(?P<who>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|on)\s+)?){1,6}"
                                  r"(?:Centre|Center|Observatory|Monitor|Network|Institute|Project|Council|Committee))\b")
SAID_AFTER_NAME = re.compile(r"\s*(?:\w+\s+){0,2}?(?:said|says|told|stated)\b", re.I)  # "..., an Iraqi official said": the speaker
SAYS_BEFORE_AR = re.compile(rf"(?<!\w)[وف]?{_AR_SAY}(?:\s+(?:ال)?(?:متحدث|ناطق)\s+(?:الرسمي\s+)?باسم)?\s*$")  # "أفاد المرصد السوري بأن", "ذكر المتحدث باسم وزارة العدل"
OTHERS_SAY = re.compile(r"[^.,;،]{0,40}?\b(?:said|says|reported|documented|stated|recorded)\b|[^.,;،]{0,40}?(?<!\w)(?:قال|أفاد|ذكر|وثق|رصد)", re.I)
SDF_ACTS = re.compile(r"\b(?:the\s+)?SDF(?:\s+(?:forces|units|fighters))?\s+(?:(?:has|have|had)\s+)?(?:carried out|conducted|arrested|detained|captured|killed)\b|"
                      rf"(?<!\w)[وف]?(?:نفذت|اعتقلت|قتلت)\s+{_SDF_AR}", re.I)
SAID_AFTER_DAY = re.compile(r"[^.;]{0,40}?\b(?:said|says|announced|stated|reported)\b", re.I)  # "On Tuesday, December 30, U.S. forces said"
# "after a brutal attack earlier this month", "the ambush on December 13": the day is that event's
EVENT_BEFORE_DAY = re.compile(r"\b(?:attack|ambush|assault|bombing)\s+$|(?<!\w)(?:ال)?(?:هجوم|كمين)\s+$", re.I)
EVENT_AFTER_DAY = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|ambush|raids?)\b", re.I)
# a text that gives the SDF's own statement: the SDF says or publishes it ("In a statement, the SDF said", "كشفت القيادة
# العامة لقوات سوريا الديمقراطية", "الناطق الرسمي باسم قسد", "قسد تنشر حصيلة")
SDF_STATEMENT = re.compile(r"\b(?:the\s+)?(?:SDF|Syrian Democratic Forces)(?:\s+\(SDF\))?\s+(?:said|says|announced|stated|warned|published|released|reported)\b|"
                           r"\bSDF(?:['’]s)?\s+(?:statement|media\s+center|Media Center)|"
                           + _SDF_SPEAKS_AR, re.I)
# the coalition by name, which an SDF statement names as its backer or as acting beside it, not as a speaker ("backed by
# the US-led Coalition", "بدعم من التحالف الدولي"); "the coalition said" still speaks
COALITION_NAME = re.compile(r"(?:ال|لل)تحالف\s+الدولي|\bU\.?S\.?[- ]led\s+coalition\b", re.I)
OTHER_OUTLET = re.compile(r"\b(?:website|magazine|newspaper)\b[^.]{0,60}?\breported\b|(?<!\w)(?:ذكر|أفاد|قال)\s+موقع(?!\w)", re.I)
ANOTHER_REPORT = re.compile(rf"{OTHER_OUTLET.pattern}|\bthe report (?:stated|indicated|highlighted|said|noted|added|found)\b|"
                            r"(?<!\w)(?:وأشار|أشار|وأوضح|أوضح|وذكر|ذكر|وأضاف|أضاف)\s+التقرير(?!\w)", re.I)  # where the text is a report of another outlet's
LIG_TITLE = re.compile(r"Inspector General for Operation Inherent Resolve", re.I)  # the IG's title names the operation, not CENTCOM
SAID_BY = re.compile(r"(?:\baccording to|\btold|(?:حسبما|على\s+ما|كما)\s+(?:قال|أفاد|ذكر|أعلن)\S*|بحسب|وفق(?:ا|اً)?\s+ل|نقلا\s+عن)(?:\s+\S+){0,2}\s*$", re.I)
OUTLET_SUM = re.compile(r"tall(?:y|ies) (?:maintained|kept|compiled) by|\b(?:statements|releases|press\s+releases|monthly\s+(?:reports|updates))\s+(?:by|from)\s+(?:U\.?S\.?\s+)?(?:CENTCOM|Central Command)\b|\btallied\b|according to (?:our|a) (?:tally|count)|by our count|"
                        r"running total|\b(?:by|according to)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}tally\b(?!\s+(?:that|which)\s+(?:the\s+)?(?:U\.?S\.?\s+|US\s+)?(?:Central Command|CENTCOM))|(?:إحصاء|إحصائية)\s+(?:أجرته|أعدته|جمعته|أجرتها|أعدتها)", re.I)  # and a year-to-date window (see _attribution);
# ("an operations tally that US Central Command authorities update every month" is CENTCOM's; "34 operations in the first
# three months of the year, statements by CENTCOM said": the outlet's sum of its monthly statements)


# ------------------------------------------------------------------------------------------------------ reading

ABBREVIATIONS = {"u.s", "fla", "gen", "maj", "adm", "sgt", "col", "lt", "capt", "mr", "ms", "dr", "no", "st", "jan", "feb",
                 "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "d.c", "u.k", "a.m", "p.m", "vs", "inc"}


def lines(paragraph: str) -> list[tuple[int, str]]:
    """(offset, line) of a paragraph, joining lines that a hard wrap broke in the middle of a sentence."""
    out: list[list] = []
    offset = 0
    raw = ""  # the line before, as it stands: a wrapped line is as long as the lines after it, give or take the last
    for line in paragraph.split("\n"):
        prev = out[-1][1] if out else ""
        wrapped = prev and not re.search(r"[.!?:؟\"”'»]\s*$", prev) and not re.match(r"\s*[•·*\-–]", line) \
            and len(prev.split()) > 8 and len(line.split()) > 8 and len(raw) >= 0.6 * len(line) and len(raw) <= 100
        raw = line
        if wrapped:
            out[-1][1] += " " + line
        else:
            out.append([offset, line])
        offset += len(line) + 1
    return [(o, s) for o, s in out if s.strip()]


# a "sentence" that is only a window phrase, with no verb or number of its own: the words of the one before it
WINDOW_FRAGMENT = re.compile(r"(?:في|خلال|منذ|in|during|over|since)\s+(?!.*\d)[^.!?؟,،]{3,60}[.!?؟]+", re.I)


def sentences(paragraph: str) -> list[tuple[int, str]]:
    """(offset, sentence) of a paragraph: its lines (see lines), split after . ! ? ؟ except after common
    abbreviations; a piece that is only window words joins the sentence before it on the same line ("... 153 هجوماً
    في سوريا والعراق. في الأشهر الستة الأولى من هذا العام.": a stray full stop before the figure's window words)."""
    out = []
    for base, line in lines(paragraph):
        def add(start: int, end: int) -> None:
            if out and out[-1][0] >= base and WINDOW_FRAGMENT.fullmatch(line[start:end].strip()):
                out[-1] = (out[-1][0], out[-1][1] + line[start:end])
            else:
                out.append((base + start, line[start:end]))
        start = 0
        for m in re.finditer(r"[.!?؟]+[\"”’']?(?:\s+(?=[\"“‘A-Z\u0600-\u06FF0-9•-])|(?=[\u0600-\u06FF]))", line):
            word = re.search(r"([\w.]+)[.!?؟]+[\"”’']?\s*$", line[start:m.end()])
            if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
                continue
            add(start, m.end())
            start = m.end()
        if line[start:].strip():
            add(start, len(line))
    return out


# The group's other names, read as "ISIS" (the evidence keeps the text's own words): the rules name it once
GROUP_NAMES = [(re.compile(r"\b(?:the\s+)?(?:so-called\s+)?Islamic\s+State(?:\s+of\s+Iraq\s+and\s+(?:Syria|the\s+Levant|al-Sham))?(?:\s+(?:group|organi[sz]ation))?"
                           r"(?:\s+\((?:ISIS|ISIL|IS|Daesh)\))?(?!\s+(?:of|in)\b)(?=['’]s\b|\W|$)|\b(?:ISIL|Daesh|DAESH)\b|\bIS(?=\s+(?:group|fighters?|militants?|"
                           r"members?|operatives?|detainees|prisoners|leaders?|commanders?|terrorists?|suspects?|targets?|cells?|positions|hideouts?|"
                           r"attacks?|remnants|affiliates?|camps?|weapons)\b)"), "ISIS")]
AR_SPELLINGS = {"فى": "في", "الماضى": "الماضي", "الجارى": "الجاري", "حوالى": "حوالي"}




@functools.lru_cache(maxsize=1)
def hamza_spellings() -> dict[str, str]:
    """The rules' own Arabic words that carry a hamza on their alef ("أعلن", "الأمريكية", "أو"), by their spelling
    without it: read from this file's strings (its patterns), so a word a rule names is read in either spelling (a
    rule that names both still reads it). A spelling two words share (أن and إن) is left as written."""
    strings = [n.value for n in ast.walk(ast.parse(Path(__file__).read_text(encoding="utf-8")))
               if isinstance(n, ast.Constant) and isinstance(n.value, str)]  # the rules' patterns (and docstrings)
    words = {w for text in strings for w in re.findall(r"[\u0621-\u064A]+", text)}
    seen: dict[str, set] = {}
    for w in words:
        if re.search("[أإآ]", w) and (len(w) >= 3 or w in ("أو", "أي")):
            seen.setdefault(re.sub("[أإآ]", "ا", w), set()).add(w)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


_PROCLITICS = tuple(sorted(("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "كال", "وب", "ول", "وبال", "ولل"),
                          key=len, reverse=True))  # the longest first
HAMZA_WORD = re.compile(r"(?<![\u0621-\u064A])[\u0621-\u064A]*ا[\u0621-\u064A]*")


def with_hamza(m: re.Match) -> str:
    return word_with_hamza(m.group())


@functools.lru_cache(maxsize=8192)
def word_with_hamza(word: str) -> str:
    """A word written without the hamza the rules spell it with, as they spell it (after و، ب، ال ...): the word, or
    its longest start of four letters or more that is one of theirs ("الامريكيين": "الأمريكي" + "ين")."""
    spellings = hamza_spellings()
    if re.search("[أإآ]", word):
        return word
    for pre in _PROCLITICS:
        if not word.startswith(pre):
            continue
        core = word[len(pre):]
        if core in spellings:
            return pre + spellings[core]
        for n in range(len(core) - 1, 3, -1):
            if core[:n] in spellings:
                return pre + spellings[core[:n]] + core[n:]
    return word

ARABIC_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200c\u200d\u200e\u200f]")  # vowel marks, tatweel, joiners


def is_arabic_letter(c: str) -> bool:
    """Whether a character is an Arabic letter (hamza to yeh)."""
    return "\u0621" <= c <= "\u064A"


def normalised(text: str) -> tuple[str, list[int]]:
    """The text as the rules read it, and where each of its characters stands in the original: Arabic vowel marks
    and the tatweel left out ("سوريّة", "الـعراق" read as "سورية", "العراق"; "عمـ ـلية" as "عملية"), and the common Egyptian spellings of a
    few words (final ى for ي: "فى", "الماضى") written as the rules expect them; a count between slashes ("/73/") bare."""
    # a word cut in two by tatweels and a space ("عمـ ـلية", "د*ا*عـ ـش", written so to slip past filters): one word
    split = {i for m in re.finditer(r"(?<=ـ)\s+(?=ـ)", text) for i in range(m.start(), m.end())}
    kept = [(i, c) for i, c in enumerate(text) if not ARABIC_MARKS.match(c) and i not in split]
    for k in range(len(kept) - 1, 1, -1):  # "الماضي17 عملية", "أكثر من30 هدفًا", "30هدفاً": digits and a word run together
        article = "".join(c for _, c in kept[k - 2:k]) == "ال" and not (k > 2 and is_arabic_letter(kept[k - 3][1]))  # "الـ200"
        if (kept[k][1].isdigit() and all(is_arabic_letter(c) for _, c in kept[k - 2:k]) and not article) \
                or (is_arabic_letter(kept[k][1]) and kept[k - 1][1].isdigit() and k + 1 < len(kept) and is_arabic_letter(kept[k + 1][1])):
            kept.insert(k, (kept[k][0], " "))
    for rx, name in GROUP_NAMES:  # "Islamic State", "Daesh", "ISIL", "IS fighters": the name the rules read, ISIS
        plain = "".join(c for _, c in kept)
        for m in reversed(list(rx.finditer(plain))):
            n = m.end() - m.start()
            at = [kept[m.start() + min(i, n - 1)][0] for i in range(len(name))]
            at[-1] = kept[m.end() - 1][0]  # (the evidence still ends where the original name ends)
            kept[m.start():m.end()] = list(zip(at, name))
    plain = "".join(c for _, c in kept)
    plain = re.sub(r"(?<!\w)(?:" + "|".join(AR_SPELLINGS) + r")(?!\w)", lambda m: AR_SPELLINGS[m.group()], plain)
    plain = HAMZA_WORD.sub(with_hamza, plain)  # "اعلنت", "الامريكية", "اكثر": as the rules spell them (same length)
    # a count set between slashes, as some outlets print statistics ("The total number of operations: /73/ operations")
    plain = re.sub(r"(?<![\w/])/(\d[\d,]*)/(?![\w/])", r" \1 ", plain)
    return plain, [i for i, _ in kept] + [len(text)]


# an act told in a clause of its own, after the words that say a statement was made: a day after it is the act's
ACT_TOLD = re.compile(r"\b(?:carried\s+out|conducted|launched|struck|killed|detained|captured)\b|(?<!\w)[وف]?(?:نفذت|نفذ|شنت|شن|استهدفت|قتلت|اعتقلت)(?!\w)", re.I)
STATEMENT_DAY = re.compile(r"\b(?:said|says|announced|statement|released|posted|published|issued)\b|بيان|نشر|أعلن|قال|"
                           + _weekday + r"\W*$", re.I)


PARTNERS = {country: re.compile(rf"\b(?:{en})\b|{ar}") for country, (en, ar) in PARTNER_FORCES.items()}


def partner_country(sentence: str) -> str | None:
    """The country of the one partner force a sentence names ("59 joint operations with the SDF"): Syria for the
    SDF, Iraq for the Iraqi Security Forces; Total where it names both, None where neither."""
    named = [c for c, rx in PARTNERS.items() if rx.search(sentence)]
    return named[0] if len(named) == 1 else "Total" if named else None  # both named: both countries


BEGAN = r"began|begun|started|launched|commenced"  # the words that start a transfer, with or without its date
FIRST_DAY = re.compile(rf"\b(?:{BEGAN})\b[^.]{{0,40}}\b(?:as|with|when)\b|(?<!\w)(?:بدأت|بدأ|انطلقت)\s+(?:\S+\s+){{0,2}}?(?:بالتزامن\s+مع|بنقل)"
                       r"|(?<!\w)(?:بدأت|بدأ|انطلقت)\s+(?:عقب|بعد|مع)\s+[^.]{0,60}?(?<!\w)نقل(?!\w)", re.I)
ONE_DAY = re.compile(rf"\b(?:on|this)\s+(?P<wd>{_weekday})\b|\btoday\b|(?<!\w)(?:يوم\s+|أمس\s+)(?P<wd_ar>{_weekday})(?!\w)|(?<!\w)اليوم(?!\w)", re.I)
# the running total after a batch of detainees moved to Iraq ("..., bringing the total to 2,900"): the move so far,
# from its first day; the batch beside it is one day's move
_RUNNING = r"\b(?:bringing|brings|brought|raising|taking)\s+(?:the\s+)?(?:total|number|tally)\b|(?<!\w)(?:ليرتفع|ليصل|ليبلغ|ارتفاع)\s+(?:ال)?(?:عدد|مجموع|إجمالي)"
RUNNING_TOTAL = re.compile(rf"(?:{_RUNNING})(?:\s+\S+){{0,8}}?\s+(?:to|إلى)\s+(?:\S+\s+){{0,2}}$|(?:{_RUNNING})(?:\s+\S+){{0,3}}?\s+$", re.I)
# "As many as 150 IS fighters held at ... were moved": the words after a count of people moved, in the past
MOVED_PAST = re.compile(r"[^.;]{0,120}?\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:moved|transferred|flown|relocated|transported)\b", re.I)
MOVED_ALREADY = re.compile(r"(?<!\w)[وف]?(?:تم|جرى)\s+نقل(?!\w)|\b(?:have|has)\s+been\s+(?:transferred|moved)\b", re.I)
BREAKDOWN = re.compile(r"\binclud|\bamong\b|بينهم|منهم|تضم|يضم")
# a part of a count of people moved, by nationality or kind ("5064 إرهابياً، يتوزعون بين أكثر من 270 عنصراً من الجنسية العراقية")
MOVED_PART = re.compile(r"\bincluding\b|\bamong\s+them\b|بينهم|منهم|يتوزعون|موزعين|تتوزع|(?<!\w)من\s+(?:ال)?جنسي")
SO_FAR = re.compile(r"\bso far\b|\bto date\b|حتى\s+الآن|حتى\s+اليوم", re.I)


def transfer_window(text: str, on: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """The window of a transfer of detainees the text tells of: from the day it "began" to the day it was "completed"
    (or its "23-day" length from the start; else the statement date). None where no start is given."""
    date = rf"(?:(?P<m>{_month})\s+(?P<d>\d{{1,2}})\b|(?P<d2>\d{{1,2}})\s+(?:من\s+)?(?P<m2>{_month}))"

    def day(m: re.Match) -> dt.date:
        month = _month_number(m["m"] or m["m2"])
        return dt.date(_year_for(month, on, None), month, int(m["d"] or m["d2"]))
    began = re.search(rf"(?:\b(?:{BEGAN})\s+(?:on\s+)?|(?:بدأت|بدأ|انطلقت)(?:\s+\S+){{0,6}}?\s+(?:في\s+|يوم\s+)?){date}", text, re.I)
    if not TRANSFER.search(text):
        return None
    done = re.search(rf"(?:\b(?:completed|concluded|ended|finished)\b[^.\n]{{0,60}}?\bon\s+|(?:أكملت|أنجزت|اكتملت|أنهت|اختتمت|انتهت)[^.\n]{{0,60}}?(?:في|بتاريخ)\s+){date}", text, re.I)
    length = re.search(r"\b(\d{1,3})-day\b|(?:استغرقت|استمرت)\s+(\d{1,3})\s+يوم|\b(?:lasted|took|spanned)\s+(\S+(?:\s+\S+)?)\s+days\b", text.translate(DIGITS))
    days = None
    if length and (length.group(1) or length.group(2)):
        days = int(length.group(1) or length.group(2))
    elif length:  # "the mission lasted twenty-three days"
        n = NUMBER.fullmatch(length.group(3))
        days = number_value(n) if n else None
    if not began and done and days:  # "استغرقت 23 يوماً واختتمت ... بتاريخ 12 شباط": counted back from its end
        try:
            end = day(done)
        except (ValueError, TypeError):
            return None
        return end - dt.timedelta(days=days - 1), end, "start: the end day less the stated length"
    if not began:  # "The mission began as U.S. forces transported 150 ...", "بدأت مهمة النقل": the statement's day
        # the move's own beginning ("has begun transferring", "the mission began as ..."), not "commenced legal procedures"
        today = re.compile(rf"\b(?:{BEGAN}|begins)\s+(?:\w+\s+){{0,3}}?(?:transferr?ing|moving|relocating|the\s+(?:transfer|move|relocation))\b|"
                           rf"\b(?:mission|transfer|move|relocation|operation)\s+(?:has\s+)?(?:{BEGAN}|begins)\b|(?<!\w)(?:بدأت|بدأ|يبدأ|تبدأ|بدء|انطلقت)(?!\w)", re.I)
        # in one sentence, of a paragraph that does not tell it as past ("Last month, CENTCOM announced a mission ...
        # The operation began with 150 ...")
        said = any(today.search(s) and TRANSFER.search(s) and not re.search(r"last month|earlier|\bsince\b|this week|last week|الشهر الماضي|سابق|منذ|هذا الأسبوع|الأسبوع الماضي", p, re.I)
                   for p in text.split("\n") for s in re.split(r"[.!?؟]\s+(?=[A-Z\"“\u0600-\u06FF])", p))
        if said:
            return on, on, "began on the statement's day"
        started = moves_begun(on)
        if not started:
            return None
        ended = [d for d in transfer_days()["ended"] if started[-1] <= d <= on]
        if ended and re.search(r"\b(?:completed|concluded|ended|finished)\b|(?<!\w)(?:أكملت|أنجزت|اكتملت|أنهت|اختتمت|انتهت)", text, re.I):
            return started[-1], ended[-1], "the transfer's first and last days in data/events.csv"
        return started[-1], on, f"start: the transfer's first day in data/events.csv; end taken as the statement date {on}"
    try:
        start = day(began)
        if done:
            return start, day(done), ""
        if days:
            return start, start + dt.timedelta(days=days - 1), "end: the start day plus the stated length"
        return start, on, f"end taken as the statement date {on}"
    except (ValueError, TypeError):
        return None


@functools.lru_cache(maxsize=None)
def events(data_dir: Path = schema.DATA_DIR) -> tuple[dict, ...]:
    """data/events.csv's rows, read once: the transfers, campaigns and dated events the reader counts windows from."""
    try:
        with (data_dir / "events.csv").open(encoding="utf-8", newline="") as fp:
            return tuple(csv.DictReader(fp))
    except OSError:
        return ()


@functools.lru_cache(maxsize=None)
def transfer_days(data_dir: Path = schema.DATA_DIR) -> dict[str, list[dt.date]]:
    """The first and last days of the transfers of detainees to Iraq that data/events.csv records ("began moving
    ISIS detainees to Iraq", "transfer mission ended"): for a transfer a text counts "so far", or calls completed,
    without dating it."""
    days: dict[str, list[dt.date]] = {"began": [], "ended": []}
    try:
        for row in events(data_dir):
            about = row.get("description", "")
            if row.get("kind") != "campaign" or not re.search(r"\b(?:detainees|transfer)\b[^.]*\bIraq", about):
                continue
            if re.search(r"\bbegan (?:moving|transferring)\b", about):
                days["began"].append(dt.date.fromisoformat(row["start_date"]))
            elif re.search(r"\btransfer(?: mission)? (?:ended|was completed)\b", about):
                days["ended"].append(dt.date.fromisoformat(row["start_date"]))
    except ValueError:
        return {"began": [], "ended": []}
    return days


def moves_begun(on: dt.date) -> list[dt.date]:
    """The first days of the moves to Iraq data/events.csv records that a statement on `on` can speak of (begun on or
    before it, at most 60 days before)."""
    return [d for d in transfer_days()["began"] if d <= on <= d + dt.timedelta(days=60)]


@functools.lru_cache(maxsize=None)
def campaigns(data_dir: Path = schema.DATA_DIR) -> list[tuple[str, dt.date]]:
    """(name, first day) of the named operations data/events.csv records the start of ("Operation X began")."""
    found = []
    try:
        for row in events(data_dir):
            named = re.search(r"\bOperation ((?:[A-Z]\w+ ?){1,3}) (?:began|was launched|started)", row.get("description", ""))
            if row.get("kind") == "campaign" and named:
                found.append((named.group(1).strip(), dt.date.fromisoformat(row["start_date"])))
    except ValueError:
        pass
    return found


def event_day(name: str, data_dir: Path = schema.DATA_DIR) -> dt.date | None:
    """The first day of the event data/events.csv records under an id ending in `name` ("fall-of-assad")."""
    try:
        return next((dt.date.fromisoformat(r["start_date"]) for r in events(data_dir) if r["event_id"].endswith(name)), None)
    except ValueError:
        return None


# the Arabic names outlets give the named campaigns of data/events.csv (English there)
CAMPAIGN_ARABIC = {"Hawkeye": r"عين\s+الصقر|ضربة\s+الصقر|ها?وك\s*آي|ها?وكاي|(?:ال)?هوكي|هوك"}


UNNAMED_CAMPAIGN_SINCE = (r"\bsince\s+(?:the\s+)?(?:U\.?S\.?|US|United States|American\s+forces|CENTCOM|it|they)?\s*(?:began|started|launched)\s+"
                          r"(?:(?:its|the|their)\s+(?:retaliatory\s+)?|retaliatory\s+)(?:air\s*)?(?:strikes|campaign|operations?)\b|"
                          r"\bsince\s+the\s+(?:retaliatory\s+)?(?:air\s*)?(?:strikes|campaign)\s+(?:began|started|were\s+launched|was\s+launched)\b|"
                          r"\bsince\s+the\s+(?:U\.?S\.?\s+|American\s+)?(?:retaliatory\s+)?(?:air\s*)?strikes\s+(?:launched|carried out|conducted)\s+in\s+December\b|"
                          r"(?<!\w)[وف]?منذ\s+(?:بدء|بداية|انطلاق)\s+(?:ال)?(?:ضربات|غارات|حملة|عملية|عمليات)\s+(?:ال)?(?:انتقامية|الأمريكية|الأميركية|مستهدفة|المستهدفة)(?!\w)|"
                          r"\bsince\s+the\s+targeted\s+(?:operations|strikes)\s+(?:began|started)\b|"
                          # "since an airstrike in Syria earlier this month", "منذ غارة جوية في سوريا في وقت سابق من الشهر"
                          r"\bsince\s+(?:an?\s+|the\s+)?(?:U\.?S\.?\s+)?(?:air\s*strikes?|strikes?)\s+(?:in\s+Syria\s+)?earlier\s+this\s+month\b|"
                          r"(?<!\w)[وف]?منذ\s+(?:ال)?(?:غارة|ضربة|غارات|ضربات)\s+(?:\S+\s+){0,3}?في\s+وقت\s+سابق\s+من\s+(?:هذا\s+)?الشهر(?!\w)|"
                          # "killed or captured nearly 25 ... following a wave of retaliatory strikes launched earlier this month"
                          r"\b(?:following|after)\s+(?:a\s+wave\s+of\s+|a\s+series\s+of\s+|the\s+)?(?:retaliatory\s+|U\.?S\.?\s+|large-scale\s+)*(?:air\s*)?strikes\s+"
                          r"(?:launched|that\s+began|which\s+began|that\s+started)\s+(?:earlier\s+this\s+month|in\s+December|last\s+month)\b|"
                          r"(?<!\w)[وف]?منذ\s+(?:ال)?(?:غارات|ضربات)\s+(?:\S+\s+){0,3}?التي\s+(?:شنت|شُنت|نفذت|بدأت)(?!\w)|"
                          # "over two months of targeted operations", "خلال شهرين من العمليات المستهدفة": the campaign's span
                          r"\b(?:after|during|over|in)\s+(?:the\s+course\s+of\s+)?(?:nearly|about|almost|more than|over)?\s*(?:two|three|2|3)\s+months\s+of\s+(?:\w+\s+)?(?:operations|missions|strikes)\b|"
                          r"(?<!\w)[وف]?(?:خلال|بعد|على\s+مدى|على\s+مدار)\s+(?:نحو\s+|قرابة\s+|حوالي\s+)?(?:شهرين|ثلاثة\s+أشهر)\s+من\s+(?:ال)?(?:عمليات|ضربات|غارات)(?!\w)")


def campaign_of(text: str, on: dt.date | None = None) -> tuple[dt.date, re.Pattern] | None:
    """The named campaign a text tells of (its first day, and the words that give a figure for the whole campaign:
    "during Hawkeye Strike", "since the operation began", "after nearly two months of targeted operations", or a
    "past N months" in a sentence naming it), or None."""
    for name, start in campaigns():
        first = re.escape(name.split()[0])
        arabic = CAMPAIGN_ARABIC.get(name.split()[0])
        named = rf"\b{first}\b" + (rf"|(?<!\w)(?:{arabic})(?!\w)" if arabic else "")
        if re.search(named, text):
            return start, re.compile(
                rf"\b(?:during|since|throughout|under|in)\s+(?:the\s+)?(?:(?:start|beginning|launch|outset)\s+of\s+(?:the\s+)?)?(?:Operation\s+)?{first}\b|"
                rf"\bsince\s+the\s+(?:operation|campaign)\s+(?:began|started|was launched)|"
                rf"\b(?:after|during|over|in)\s+(?:the\s+course\s+of\s+)?(?:nearly|about|almost|more than|over)?\s*\w+\s+(?:weeks|months)\s+of\s+(?:\w+\s+)?operations\b|"
                rf"\b(?:past|last|first)\s+\w+\s+(?:weeks|months)\s+of\s+(?:the\s+)?(?:operation|campaign)\b|"
                rf"(?:{named}|\bthe\s+operation\b|\bthe\s+campaign\b).{{0,160}}(?:\b(?:past|last)\s+\w+\s+(?:weeks|months)\b|"
                rf"(?<!\w)(?:ال)?(?:شهرين|أسبوعين|أشهر|أسابيع)\s+(?:ال)?(?:ماضيين|ماضية|الأخيرين|الأخيرة)(?!\w))|"
                rf"(?<!\w)[وف]?منذ\s+(?:بدء|انطلاق|بداية)\s+(?:ال)?عملية\s+(?:{named})|"
                # "وأسفرت العملية عن تحييد نحو 50", "the operation has killed": in a text naming the campaign, the campaign
                rf"(?<!\w)[وف]?(?:أسفرت|أدت)\s+العملية(?!\w)|(?<!\w)[وف]?العملية\s+(?:\S+\s+){{0,6}}?(?:أسفرت|أدت)\s+(?:عن|إلى)|"
                rf"(?:{named})[^.]{{0,120}}?(?:أسفرت|أدت)\s+(?:\S+\s+){{0,3}}?(?:عن|إلى)|(?:{named})(?:\s+Strike)?[»\"”']?\s*:|\b{first}\b[^.]{{0,120}}?\b(?:resulted\s+in|led\s+to|saw|included|involved)\b|"
                rf"(?:{named})[^.]{{0,120}}?(?<!\w)[وف]?(?:شملت|تضمنت|شهدت)(?!\w)|"  # "Hawkeye Strike، التي شملت ... وتضمنت ضرب أكثر من 100 موقع"
                rf"\b{first}\b(?:\s+Strike)?[\"”']?\s*,\s+(?:\w+ing|in\s+which)\b|"  # "launched Operation Hawkeye Strike, hammering over 100",
                # "Operation Hawkeye Strike, in which the US ... hit more than 100 IS targets"
                rf"\bthe\s+(?:operation|campaign)\s+(?:has\s+|have\s+)?(?:resulted\s+in|killed|led\s+to)\b|"
                # "since the United States began its strikes after the Dec. 13 ambush", in a text that also names it
                + UNNAMED_CAMPAIGN_SINCE, re.I)
    # a campaign the text does not name, counted "since the strikes began" or "since the U.S. began its strikes after
    # the Dec. 13 ambush": the latest that data/events.csv gives as begun within the 100 days before the statement
    since_begun = re.compile(UNNAMED_CAMPAIGN_SINCE, re.I)
    recent = [start for _, start in campaigns() if dt.timedelta(0) <= on - start <= dt.timedelta(days=100)] if on else []
    if recent and since_begun.search(text):
        return max(recent), since_begun
    return None


def slot(row: dict) -> tuple:
    """What one reading of a document gives one figure for: a window, country, measure, qualifier and speaker (the
    Observatory's count of the coalition's operations and the SDF's of its own are two figures). Where two
    numbers fill one slot, the better placed wins (the other is most often a country's count read as the total);
    detainees moved to Iraq are counted again and again as the move goes on ("more than five thousand" in a lede,
    "more than 5,700" in the statement it reports), so their value is part of the slot."""
    return (row["period_start"], row["period_end"], row["country"], row["measure"], row["qualifier"],
            row["value"] if row["measure"] == "detainees_transferred_to_iraq" else None, row["stated_by"])


def restated(row: dict, rows: list[dict]) -> bool:
    """Whether a figure read with a window counted back ("over the past ten days") is one the text also gives, same
    value, with a window it states ("Dec. 20-29"), overlapping: the same figure, not a second one. Likewise a headline's
    "this year" for the year the body gives ("686 killed this year" and "686 killed in 2022")."""
    if row["note"].startswith(("year to date", "the current year")):
        return any(r is not row and (r["country"], r["measure"], r["value"], r["period_start"]) ==
                   (row["country"], row["measure"], row["value"], row["period_start"]) and r["period_end"] > row["period_end"]
                   for r in rows)
    if not row["note"].startswith("'past"):
        return False
    return any(r is not row and not r["note"].startswith(("'past", "'since'")) and
               (r["country"], r["measure"], r["value"]) == (row["country"], row["measure"], row["value"]) and
               r["period_start"] <= row["period_end"] and row["period_start"] <= r["period_end"] for r in rows)


def spanning(windows: list, on: dt.date | None = None) -> list:
    """The windows of a list that are more than one day: a single day dates an event, not a tally's window, and is
    not carried to the sentences after it. Given the statement's day, those that end more than about a year before
    it come first, so that the last is the one carried ("Over the past 60 days, ... despite its defeat in 2019")."""
    spans = [w for w in windows if w[2][0] != w[2][1]]
    if on is None:
        return spans
    recent = [w for w in spans if (on - w[2][1]).days <= 400]
    return [w for w in spans if w not in recent] + recent


def clause_break(text: str) -> bool:
    """Whether words between a number and a country name leave the number's clause."""
    return bool(re.search(r"[,;:—–]|\s-\s|\bwhile\b(?!\s+in\b)|\bwhereas\b|،", text))


def words_span(text: str, start: int, end: int, least: int = 4, most: int = 15) -> tuple[int, int]:
    """Widen [start, end) of a sentence to whole words, at least `least` of them (taking words before, but not
    across a comma or another number), at most `most`."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in ",.;:)”\"":
        end += 1
    while len(text[start:end].split()) < least and start > 0:
        previous = text[:start].rstrip()
        word_start = previous.rfind(" ") + 1
        if not previous or re.search(r"[,;:،\d]$", previous) or re.search(r"\d", previous[word_start:]):
            break
        start = word_start
    while len(text[start:end].split()) > most:
        start = text.find(" ", start) + 1
    return start, end


class Document:
    """One text, read once: every figure it states, as rows of figures.csv."""

    def __init__(self, text: str, published: dt.date, source_id: str = "", publisher: str = "", url: str = ""):
        self.original = text  # the evidence is taken from here, the words read from the spelling-normalised copy
        self.text, self.at = normalised(text)
        self.published = published
        self.source_id = source_id
        self.is_centcom = publisher == CENTCOM_PUBLISHER or bool(re.search(r"centcom\.mil|dvidshub\.net", url)) \
            or bool(CENTCOM_TEXT.search(text[:3000]))
        self.names_centcom = self.is_centcom or bool(CENTCOM_NAMED.search(text))
        # the SDF's own statement, or the Syrian Observatory's count, in a text that names CENTCOM or the coalition only
        # as acting or backing: theirs
        alone = not self.is_centcom and not CENTCOM_NAMED.search(COALITION_NAME.sub("coalition", text))
        self.sdf_statement = alone and bool(SDF_STATEMENT.search(text))
        self.sole_speaker = "Syrian Democratic Forces" if self.sdf_statement else \
            "Syrian Observatory for Human Rights" if alone and SOHR_NAMED.search(text) else None
        self.other_outlet = not self.is_centcom and bool(OTHER_OUTLET.search(text))  # 'the website "X" reported that ...'
        self.publisher = publisher or (source_id.split("-")[0] if source_id else "the publisher")
        self.on = statement_date(text, published, self.is_centcom)
        self.previous = ""  # the sentence before the one being read
        def named(part: str) -> Counter:  # (a dateline's place, "ERBIL, Kurdistan Region of Iraq -", is where it was written)
            part = DATELINE.sub(" ", part)
            return Counter(k.split("_")[0] for m in COUNTRY.finditer(TO_IRAQ.sub(" ", SDF_AND_ISIS_NAMES.sub(" ", part)))
                           for k, v in m.groupdict().items() if v)
        head, whole = named(text[:600]), named(self.text)
        # a figure whose sentence names no country is Syria's where the text's opening names Syria alone and the
        # whole text names it more often than Iraq (a photo caption's "Syria" above a report on both is not enough;
        # "detainees moved to Iraq" aside), or where the text names Syria alone anywhere, or names no country but
        # Syria's partner forces alone ("قوات سوريا الديمقراطية" is a name, not a place); else Total
        # (not where it names Iraq's forces: "بالتنسيق مع القوات الكردية في سوريا والجيش العراقي")
        syria_only = set(head) == {"Syria"} and whole["Syria"] > whole["Iraq"] + whole["both"] or set(whole) == {"Syria"} \
            or (not whole and bool(PARTNERS["Syria"].search(self.text)))
        self.default_country = "Syria" if syria_only and not PARTNERS["Iraq"].search(self.text) else "Total"
        if self.sdf_statement and not whole["Iraq"]:
            self.default_country = "Syria"  # the SDF's statement of its own operations: Syria's
        self.transfer_window = transfer_window(self.text, self.on)
        # a text about the move to Iraq: a count of those moved in a sentence that does not name Iraq again is the move's
        # ("أن عدد الذين تم نقلهم بلغ 5064")
        self.moved_to_iraq = bool(self.transfer_window) and bool(TO_IRAQ.search(self.text))
        self.campaign = campaign_of(self.text, self.on)
        # the quarter, half-year or first months of the year the text states: a "this year" figure of the same
        # year is the same release's, not the outlet's running sum
        self.periodic = [window_of(m, kind, self.on) for rx, kind in WINDOWS if kind in ("half", "quarter", "first_months")
                         for m in rx.finditer(self.text.translate(DIGITS))]

    def rows(self) -> list[dict]:
        """Every figure of the text, one row per window, country and measure (the first statement of each; a
        heading's only where the body does not state it)."""
        found: dict[tuple, tuple] = {}
        read = [(para, offset, s, windows_in(s, self.on)) for para, paragraph in self._paragraphs()
                for offset, s in sentences(paragraph)]
        self.half_years = [w[2] for *_, ws in read for w in ws if w[2][0].day == 1 and w[2][0].month in (1, 7)  # "between
                           and w[2][1] == _month_end(w[2][0].year, w[2][0].month + 5)]  # January and June": a half-year too
        # "this month" in a report's lede: the dates the report gives for the operations, where it gives them
        dated = next((w[2] for *_, s, ws in read for w in ws if SPEAKS_OF_OPERATIONS.search(s)
                      and w[2][0] != w[2][1] and not w[2][2] and w[2][1] - w[2][0] < dt.timedelta(days=46)), None)
        # "over the past two months" and "since August 29" for one statement: the day the text states wins (a report's
        # rounding of CENTCOM's "since"); "since July" and "past six months" are each their own figure's, as CENTCOM wrote
        since = next((w[2] for *_, ws in read for w in ws if w[2][2].startswith("'since' a date") and w[2][1] == self.on), None)
        # "خلال شهرين" in a lede and "خلال شهري أيلول وتشرين الأول" in the body: the months the text names
        # "as of October 2023" / "by the end of October": where the year's counts stood, the end of "throughout 2023"
        as_of = AS_OF_MONTH.search(self.text.translate(DIGITS))
        m1 = _month_number(as_of and (as_of["m"] or as_of["m_ar"]))
        y1 = m1 and _year_for(m1, self.on, as_of["y"] or as_of["y_ar"])
        self.as_of = _month_end(y1, m1) if m1 and y1 == self.on.year and _month_end(y1, m1) < self.on else None
        self.named_months = [w[2] for *_, ws in read for w in ws if not w[2][2] and w[2][0].day == 1 and 40 < (w[2][1] - w[2][0]).days < 100
                        and w[2][1] == _month_end(w[2][1].year, w[2][1].month) and 0 <= (self.on - w[2][1]).days <= 62]
        window = None  # the window of the last window phrase read
        strike_window = None  # the window of the last strike, target or munitions figure
        heading_country = None  # an "In Iraq:" line, for the list under it
        columns = None  # an "In Iraq  In Syria" line, for the two-column table under it
        para_country, last_para = None, None
        window_country = None  # the one country of the sentence the carried window was read in
        listing = None  # a bulleted list after "... across Iraq and Syria ... as follows:": [countries, rows, group, seen]

        def end_listing():
            """A list whose measures run twice over, under a line naming both countries, is one group per country in
            the order named (a country table whose "In Iraq" / "In Syria" headers were lost)."""
            if listing and listing[2] == 1:
                for old_key, rank, row, group in listing[1]:
                    if found.get(old_key, (None, None))[1] is row:
                        del found[old_key]
                    row["country"] = listing[0][group]
                    key = slot(row)
                    if key not in found or rank < found[key][0]:
                        found[key] = (rank, row)

        def unevented(sentence: str, windows: list) -> list:
            return [w for w in windows if not EVENT_CLAUSE.search(sentence[:w[0]])]

        other_speaker = None  # (who, sentence index): the last sentence that named a speaker other than CENTCOM
        casualty_country = None  # the one country of an earlier sentence that told of coalition or U.S. casualties
        for n, (para, offset, sentence, sentence_windows) in enumerate(read):
            self.previous = read[n - 1][2] if n else ""  # (the sentence before, for "It killed 28" after one strike's)
            # a day or month that dates an attack in its own clause ("following a deadly ambush that claimed three
            # American lives earlier this month", "an ambush that killed two soldiers in December") is the attack's, not
            # the figures' before it
            sentence_windows = unevented(sentence, sentence_windows)
            # who speaks in the sentence: CENTCOM, or another (its figures and the next two sentences' are theirs)
            centcom_here = bool(CENTCOM_NAMED.search(sentence))
            named_other = None if centcom_here else next((who for rx, who in OTHER_COUNTERS if rx.search(sentence)), None)
            if named_other or centcom_here:
                other_speaker = (named_other, n) if named_other else None
            masked = SDF_AND_ISIS_NAMES.sub(lambda m: "#" * len(m.group()), sentence)
            masked = DATELINE.sub(lambda m: "#" * len(m.group()), masked)  # "ERBIL, Kurdistan Region of Iraq –": where it was written
            bullet = re.match(r"\s*[•·*\-–]", sentence)
            if listing and not bullet:
                end_listing()
                listing = None
            if para != last_para:
                para_country, last_para = None, para
            h = HEADING_COUNTRY.match(sentence)
            two = TWO_COLUMNS.search(sentence) if len(sentence.split()) <= 8 else None
            if h:
                heading_country = "Iraq" if h["c"] in ("Iraq", "العراق") else "Syria"
                continue
            if two and two.group(1).lower() != two.group(2).lower():
                columns = [two.group(1).title(), two.group(2).title()]
                continue
            if len(sentence.split()) > 10:
                heading_country = columns = None
            if not ANAPHORA.search(sentence.strip()) or NOT_ANAPHORA.search(sentence):
                para_country = None
            if window is None and not spanning(sentence_windows):  # a lede before its window: the next one stated
                window = next((spans[-1][2] for _, _, s2, w in read[n + 1:] if (spans := spanning(unevented(s2, w), self.on))
                               and (SPEAKS_OF_OPERATIONS.search(s2) or CAMPAIGN_DATED.search(s2))), None)
            if strike_window is None and not spanning(sentence_windows):  # "تنفيذ خمس غارات" and then "الغارات نفذت خلال
                later = next((spans[-1][2] for _, _, s2, w in read[n + 1:n + 3] if (spans := spanning(w, self.on))  # الفترة من ..."
                              and THE_STRIKES.search(s2)), None)
            else:
                later = None
            numbers = self._numbers(sentence)
            is_heading = len(sentence.split()) < 14 and not re.search(r"[.!?؟]\s*$", sentence)
            first_window = None
            for i, (m, value) in enumerate(numbers):
                figure = self._figure(sentence, numbers, i)
                if not figure:
                    continue
                measure, qualifier, start, end, counted_as = figure
                lo, hi = clause(sentence, numbers, i)
                own = re.split(r"[,;،؛]", masked[lo:numbers[i][0].start()])[-1] + masked[numbers[i][0].start():hi]
                if OTHER_STATE_ACTS.search(masked[lo:numbers[i][0].start()]):
                    continue  # "Turkey carried out 120 drone strikes": another state's war
                if OTHER_PLACE.search(own) and not COUNTRY.search(own):
                    continue  # "more than 3,000 suspected ISIS members have been detained in Turkey": not Iraq's or Syria's
                if measure in CASUALTIES and value and ONE_OPERATION_ANYWHERE.search(sentence):
                    continue  # "كما أصيب خمسة جنود أميركيين، واثنان آخران ... أثناء تنفيذ العملية": one raid's wounded
                win = self._in_document(self._window(sentence, sentence_windows, m, window if measure in CARRIED or THAT_PERIOD.search(sentence) else strike_window or later),
                                        measure, sentence, dated, since, RUNNING_TOTAL.search(sentence[:m.start()]),
                                        own_clause=sentence[m.start():hi])
                if not win or (win[0] == win[1] and measure != "detainees_transferred_to_iraq"):
                    continue  # undated, or a single day's announced operation
                borrowed = not any(w[2] == win for w in sentence_windows)  # a window read in another sentence
                if borrowed and ((measure in ("killed", "detained") and value >= 5000) or (m["ar_noun"] and len(numbers) == 1)):
                    continue  # "20,000 ISIS fighters have been detained in Iraq": a stock, not the window's; "اعتقال قيادي": one
                first_window = first_window or win
                if measure not in CARRIED:
                    strike_window = win
                if measure == "detainees_transferred_to_iraq":
                    country = "Syria"  # moved out of Syria, as figures.csv codes them
                elif columns and len(numbers) == 2 and not COUNTRY.search(masked):
                    country = columns[i]
                else:
                    country = self._country(masked, numbers, i) or partner_country(sentence) or para_country \
                        or heading_country or (casualty_country if measure in CASUALTIES else None) \
                        or (window_country if measure in CASUALTIES and borrowed else None) \
                        or self.default_country
                if measure == "partnered_operations" and country == "Total" \
                        and not CALLED_PARTNERED.search(sentence[lo:hi]):
                    measure = "operations"  # a total with partners among who conducted it (docs/data.md)
                stated_by, assessment = self._attribution(sentence, year_to_date=win[2].startswith("year to date: from 1 January to the end of the month"))
                if (assessment != "outlet_count" or stated_by == self.publisher) and other_speaker and n - other_speaker[1] <= 2 and not named_other \
                        and not centcom_here:  # "..., according to two Iraqi security officials. The
                    stated_by, assessment = other_speaker[0], "outlet_count"  # first batch ... included 150": theirs still
                s, e = words_span(sentence, start, end, least=3 if columns and len(numbers) == 2 else 4)
                row = {"period_start": win[0].isoformat(), "period_end": win[1].isoformat(), "country": country,
                       "measure": measure, "value": str(value), "qualifier": qualifier, "stated_by": stated_by,
                       "assessment": assessment, "source_id": self.source_id, "note": win[2],
                       "evidence": self.words(para + offset + s, para + offset + e),
                       "counted_as": self.as_written(para + offset, sentence, counted_as, m.start())}
                key = slot(row)
                if listing and bullet and country not in listing[0]:
                    if measure in listing[3]:
                        listing[2], listing[3] = listing[2] + 1, set()
                    listing[3].add(measure)
                    listing[1].append((key, (is_heading, False, para + offset, qualifier == "exact"), row, min(listing[2], 1)))
                rank = (is_heading, borrowed, para + offset, qualifier == "exact")  # "22 ... more than 22": the qualified
                if key not in found or rank < found[key][0]:
                    found[key] = (rank, row)
            named = set(self._sentence_countries(masked))
            if CASUALTY_WORDS.search(sentence) and len(named) == 1 and "Total" not in named:
                casualty_country = next(iter(named))  # "مقتل واصابة ثلاثة عناصر بالتحالف بعمليات ضد داعش في العراق"
            if named == {"Total"} and re.search(r":\s*$", sentence):
                order = sorted((m.start(), "Iraq" if m.group() in ("Iraq", "العراق") else "Syria")
                               for m in re.finditer(r"Iraq|Syria|العراق|سوري[اة]", masked))
                listing = [[c for _, c in order][:2], [], 0, set()]
            # (not where the sentence names the other country's partner force too: "with Kurdish forces in Syria and the
            # Iraqi army")
            one = next(iter(named)) if len(named) == 1 and "Total" not in named and partner_country(sentence) != "Total" else None
            if named:
                para_country = one
            elif first_window and partner_country(sentence) in ("Iraq", "Syria"):  # "137 joint operations alongside Iraqi
                para_country = partner_country(sentence)  # forces ... These missions resulted in": Iraq's too
            if first_window and sentence_windows:  # "308 missions so far this year, including 36 in August"
                window, window_country = first_window, one
            elif spanning(sentence_windows) and (window is None or SPEAKS_OF_OPERATIONS.search(sentence)):
                window = spanning(sentence_windows, self.on)[-1][2]  # "The following is a breakdown of operations for July 2023:"
                window_country = one
            elif one and spanning(sentence_windows) and spanning(sentence_windows, self.on)[-1][2] == window:
                window_country = one  # the same window again, now with its one country
        end_listing()
        best: dict[tuple, tuple] = {}  # a rounded figure and an exact one of the same window are both kept ("nearly
        for rank, r in found.values():  # 200 operations ... 196 operations"), the same value only once
            k = (r["period_start"], r["period_end"], r["country"], r["measure"], r["value"], r["qualifier"])
            if k not in best or rank < best[k][0]:
                best[k] = (rank, r)
        # a headline's count the body states for another country is the body's ("US, Iraqi forces kill 163 ISIS
        # fighters" above "operations in Iraq and Syria ... resulted in the deaths of 163"): the headline's shorthand
        def but_country(r: dict) -> tuple:
            return r["period_start"], r["period_end"], r["measure"], r["value"], r["qualifier"], r["stated_by"]
        told = {but_country(r): r["country"] for rank, r in best.values() if not rank[0]}  # (rank[0]: a heading's)
        rows = [r for rank, r in best.values() if not rank[0] or told.get(but_country(r), r["country"]) == r["country"]]
        headings = {id(r) for rank, r in best.values() if rank[0]}
        for r in rows:  # a headline's "80 عملية ... خلال ستة أشهر" is the body's 80 partnered operations "since July"
            # (and a headline's "22 operations" the body's "more than 22" partnered ones; a headline's "US assisted in
            # over 20 operations" the body's "assisted its partners in more than 20 operations")
            kin = {o["measure"] for o in rows if o["measure"] in ("partnered_operations", "us_only_operations")
                   and (o["country"], o["value"], o["stated_by"]) == (r["country"], r["value"], r["stated_by"])
                   and ((o["period_start"], o["period_end"], o["qualifier"]) != (r["period_start"], r["period_end"], r["qualifier"])
                        or id(r) in headings)}
            # (not a lede that dates its count to a week of a month the statement does not: "خلال الأسبوع الأول من
            # تشرين الثاني" for operations from 1 October to 6 November is the outlet's own misdated count, as it words it)
            if r["measure"] == "operations" and len(kin) == 1 and r["note"] != "a week of a month: its days":
                r["measure"] = kin.pop()
        # a headline's "Take Out Nearly 25 ISIS Operatives" is the body's "killed or captured nearly 25": one figure, the
        # combined count the body words exactly
        rows = [r for r in rows if not (r["measure"] in ("killed", "detained") and any(
            o["measure"] == "killed_or_detained" and all(o[c] == r[c] for c in (
                "period_start", "period_end", "country", "value", "qualifier", "stated_by")) for o in rows))]
        seen = set()  # a headline's count given the measure of the body's may now be one the body states too
        rows = [r for r in rows if not ((k := tuple(r[c] for c in ("period_start", "period_end", "country", "measure", "value",
                                                                 "qualifier", "stated_by"))) in seen or seen.add(k))]
        return sorted((r for r in rows if not restated(r, rows)),
                      key=lambda r: (r["period_start"], r["period_end"], r["country"], r["measure"]))

    def _moved_so_far(self, sentence: str, before: str) -> bool:
        """Whether, in a text of the move to Iraq, a sentence that does not name Iraq tells of people moved so far ("تم حتى
        الآن نقل أكثر من 2000 سجين"), not a breakdown of them ("those transferred so far include nearly 400 foreign
        detainees")."""
        return self.moved_to_iraq and bool(SO_FAR.search(sentence) or MOVED_ALREADY.search(sentence)) and not BREAKDOWN.search(before)

    def _one_operation(self, before: str, sentence: str) -> bool:
        """Whether the words before a number make it one operation's ("أسفرت عملية مشتركة عن مقتل 15"); in a text that
        names a campaign, "وأسفرت العملية عن ..." is the campaign's results, not one raid's."""
        one = ONE_OPERATION_BEFORE.search(before)
        return bool(one) and not (re.search(r"عملية|operation", one.group(), re.I) and self.campaign
                                  and self.campaign[1].search(sentence))

    def _in_document(self, win, measure: str, sentence: str, dated, since, running_total=None, own_clause: str = ""):
        """A figure's window as the whole text dates it: the transfer's days for detainees moved to Iraq; the named
        campaign's for "after two months of operations"; the dates the text gives for the operations for "this
        month" or "in the days after"; a stated "since August 29" for a report's "past two months"; the text's
        half-year or quarter for a "this year" that ends with it."""
        if measure == "detainees_transferred_to_iraq":
            if win and win[2].startswith("'past") and win[1] == self.on and not ONE_DAY.search(own_clause):
                return win  # "more than 1,000 detainees have been removed ... over the past week": its own days
            win = self.transfer_window
            if win and win[2] == "began on the statement's day" and re.search(r"\ba total of\b|\bin total\b|إجمالي|المجموع", sentence, re.I):
                started = [d for d in moves_begun(self.on) if d < self.on]
                if started:  # "Iraq has received a total of 4,583": the move so far, not the day it began
                    win = (started[-1], self.on, f"start: the transfer's first day in data/events.csv; end taken as the statement date {self.on}")
            if win and FIRST_BATCH.search(sentence) and not SO_FAR.search(sentence) and not re.search(r"\btotal\b|إجمالي|المجموع", sentence, re.I):
                win = (win[0], win[0], "the move's first day: its first batch")  # "الوجبة الأولى ... تضم 150"
            elif win and "end taken as the statement date" in win[2] and FIRST_DAY.search(sentence) \
                    and not SO_FAR.search(sentence):
                win = (win[0], win[0], "the move's first day: the count it began with")  # "بدأت بالتزامن مع ... نقل 150"
            day = ONE_DAY.search(sentence)
            weekday = day and (day.group("wd") or day.group("wd_ar"))
            named_day = last_weekday(self.on, weekday) if weekday else self.on  # ("اليوم", "today": the statement's day)
            said_then = day and re.search(r"\b(?:said|says|announced|stated|reported|told(?:\s+[\w-]+){0,3})\b[^.\d٠-٩]{0,40}$|(?:قال|قالت|أعلن|أعلنت|كشف|كشفت|ذكر|ذكرت|أكد|أكدت)\S*(?:(?!(?<!\w)أن(?!\w))[^.\d٠-٩]){0,100}$",
                                          sentence[:day.start()], re.I)  # "said on Friday": the statement's day ("said 230 were moved on Saturday": the move's)
            if win and day and said_then and win[1] == self.on and win[0] <= named_day < self.on:  # "أعلنت القيادة المركزية
                # يوم الأربعاء أن قواتها نقلت 150" in a report of Thursday: the count as of Wednesday
                win = (win[0], named_day, f"start: the transfer's first day in data/events.csv; end: the day the sentence says it was stated, {named_day}")
            batch = re.split(_RUNNING, sentence, maxsplit=1, flags=re.I)  # the batch, and the total after it
            if win and not running_total and not SO_FAR.search(sentence) \
                    and not re.search(r"\btotal\b|\bcompleted\b|إجمالي|المجموع|الكلي|أكمل|اكتمل", batch[0], re.I):
                if day and not said_then:  # "another 300 were moved to Iraq on Sunday", "تسلم العراق اليوم دفعة تضم 300"
                    if win[0] <= named_day <= win[1]:
                        win = (named_day, named_day, "one day's move: the day the text names")
                elif len(batch) > 1:  # "said on Friday that 230 were moved, bringing the total to 2,900": that day's move
                    win = (self.on, self.on, "one day's move beside the total it brings: the statement's day")
        elif self.campaign and self.campaign[0] < self.on \
                and (self.campaign[1].search(sentence) or (THESE_ACTIONS.match(sentence) and self.campaign[1].search(self.previous))) \
                and not FIRST_STRIKE.search(sentence):  # (a campaign begun on the statement's day has no span yet: a figure's
            # own window stands, "a series of operations during December ... of which Hawkeye Strike is one")
            win = (self.campaign[0], self.on, f"since the start of the campaign it names ({self.campaign[0]}), "
                                              f"data/events.csv; end taken as the statement date {self.on}")
        if win and dated and win[2].startswith(("'this month'", "'last month'", "'past month'", "the current month")) \
                and dated[0] <= win[1] and win[0] <= dated[1]:
            win = dated
        if win and dated and win[2].startswith("'past") and win[1] == self.on and dated[0] <= win[1] and win[0] <= dated[1] \
                and (abs((win[1] - win[0]) - (dated[1] - dated[0])).days <= 1
                     or ((win[1] - win[0]).days <= 10 and win[0] <= dated[0] and dated[1] <= win[1])
                     # (or days that end within the week: "10 غارات ... خلال الأسبوع الماضي" beside "من 3 إلى 12 فبراير")
                     or ((win[1] - win[0]).days <= 10 and win[0] <= dated[1] and (dated[1] - dated[0]).days <= 14)):  # "دمر الأسبوع الماضي
            # 15 موقعاً" beside "بين 24 و27 تشرين الثاني": the days the text gives within the week
            win = (dated[0], dated[1], f"{win[2]}; the days the text gives")  # "During seven days of operations"
            # beside "From December 30 to January 6": those days (still read counted back: restated() drops a repeat)
        if win and since and win[2].startswith("'past") and win[1] == self.on and abs((win[0] - since[0]).days) <= 10:
            win = since
        if win and win[2].startswith("'past") and win[1] == self.on and self.named_months:
            same = [w for w in self.named_months if abs((w[1] - w[0]) - (win[1] - win[0])).days <= 5 and w[1] >= win[0]]
            win = same[0] if len(set(same)) == 1 else win
        if win and since and win[2].startswith(("'since mid-month'", "'since late month'", "'since' a month")) \
                and win[1] == since[1] and (win[0].year, win[0].month) == (since[0].year, since[0].month):
            win = since  # "since late August" in a report whose lede says "since August 29"
        if win and win[2] == "'in the days after'":
            win = dated
        if win and self.as_of and win[0] == dt.date(self.on.year, 1, 1) and win[1] == self.on:
            win = (win[0], self.as_of, f"the year's count as of {self.as_of}")
        if win and win[2].startswith("'past") and win[1] == self.on:  # "في ستة أشهر" beside "النصف الأول من 2024": that half
            half = [p for p in self.periodic + self.half_years if p and abs((p[0] - win[0]).days) <= 31
                    and 0 <= (win[1] - p[1]).days <= 31 and (p[1] - p[0]).days > 80]
            win = half[0] if len(set(half)) == 1 else win
        if win and win[2].startswith(("year to date", "the current year")):
            same = next((p for p in self.periodic + self.half_years if p and p[0] == win[0] and 0 <= (win[1] - p[1]).days <= 31), None)
            win = same or win
        return win

    def as_written(self, at: int, sentence: str, words: str, near: int) -> str:
        """Words read in a sentence (that starts at `at` in the read text), as the original writes them: the occurrence
        nearest `near` ("ISIS operatives" read in "Islamic State operatives" is "Islamic State operatives")."""
        spots = [i for i in range(len(sentence)) if words and sentence.startswith(words, i)]
        if not spots:
            return words
        i = min(spots, key=lambda i: abs(i - near))
        return self.words(at + i, at + i + len(words))

    def words(self, start: int, end: int) -> str:
        """The original text of [start, end) of the read text: the evidence, as it stands in the document."""
        return self.original[self.at[start]:self.at[end - 1] + 1 if end > start else self.at[start]].replace("\n", " ").strip()

    def _paragraphs(self):
        offset = 0
        for block in re.split(r"(\n\s*\n)", self.text):
            if block.strip():
                yield offset, block
            offset += len(block)

    @staticmethod
    def _numbers(sentence: str) -> list[tuple[re.Match, int]]:
        """Every number of a sentence with its value, years and the days of dates left out."""
        plain = sentence.translate(DIGITS)
        out = []
        for m in NUMBER.finditer(plain):
            before, after = plain[max(0, m.start() - 12):m.start()], plain[m.end():m.end() + 14]
            month_before = m["digits"] and re.search(rf"{_month}\s*$", before, re.I) and int(m.group().replace(",", "")) <= 31 \
                and not re.match(r"^\s*(?:عملية|عمليات|غارة|غارات|ضربة|ضربات|مهمة|مهام)(?!\w)", plain[m.end():])
            counted = re.match(r"^\s*(?:من\s+(?=عناصر|أعضاء|مقاتلي|مسلحي)|of\s+(?:the\s+)?(?=ISIS|its|the\s+group))?(?:عنصر\S*|عناصر|أعضاء|مقاتلي|مسلحي|معتقل\S*|سجين\S*|إرهابي\S*|مقاتل\S*|عملية|عمليات|مهمة|مهام|(?:ISIS\s+)?"
                               r"(?:detainees|prisoners|fighters|operatives|members|militants|operations|missions|strikes|targets)\b|ISIS\b)", after, re.I)
            year_word = re.search(rf"(?:{_month}|عام|العام|سنة|\bin|\bof|\bsince|\bby)\s*$", before, re.I)
            if m["digits"] and ((re.fullmatch(r"(?:19|20)\d\d", m.group()) and (year_word or not counted)) or month_before
                                or re.match(rf"^\s*(?:من\s+)?{_month}(?![A-Za-z])|^,?\s*{_year}", after, re.I)):  # not "10 separate"
                continue  # a year or a date: "2023", "Dec. 20", "20 December", "Aug 9, 2023"
            if out and m["digits"] and out[-1][1] == number_value(m) and not plain[out[-1][0].end():m.start()].strip():
                out.pop()  # "one 1 ISIS suspect": the digits stand for both
            out.append((m, number_value(m)))
        return out

    def _figure(self, sentence: str, numbers, i):
        """(measure, qualifier, evidence start, evidence end, counted_as) of the i-th number, or None."""
        m, _ = numbers[i]
        plain = sentence.translate(DIGITS)
        prev_end, next_start = clause(sentence, numbers, i)
        before, after = plain[prev_end:m.start()], plain[m.end():next_start]
        if re.match(r"[\"”’»]\s", after) and re.search(r"[\"“‘«][^\"“”‘’«»]{0,20}$", before):  # '"at least 220" killed': the
            after = " " + after[1:]  # quoted words end, the sentence goes on (a blank of the same length: positions hold)
        q = QUALIFIER_BEFORE.search(before)
        qualifier = next((QUALIFIERS[int(k[1:])][1] for k, v in q.groupdict().items() if v), "exact") if q else \
            "approximately" if m["dozen"] else "exact"
        if qualifier == "exact" and re.match(r"^\s*(?:\S+\s+){0,2}?على\s+الأقل(?!\w)", after):
            qualifier = "at_least"  # "مقتل 7 عناصر على الأقل"
        plus = re.match(r"^(?:-plus\b|\+)", after) if qualifier == "exact" else None
        if plus:  # "30-plus ISIS fighters", "30+ operations"
            qualifier, after = "more_than", after[plus.end():]
        cue_start = m.start() - (len(before) - q.start()) if q else m.start()
        verb_text = before[:q.start()] if q else before
        if RATE.match(after):
            return None
        # the label's count alone, or with the label's own noun after it ("Terrorists captured: 233 terrorists, ...")
        label = LABEL_BEFORE.search(verb_text) if re.match(r"^\s*(?:[;,.،؛]|$)|^\s*(?:ISIS\s+)?(?:terrorists|members|fighters|"
                                                           r"operatives|militants|suspects)\b(?!\s+(?:were|was|have|had)\b)", after, re.I) else None
        label = label or (NUMBER_OF.search(verb_text) if not re.match(r"^\s*[^\W\d_]", after.replace("،", ",")) or
                          re.match(r"^\s*(?:in|during|over|since|from|between|for|خلال|في|منذ|من|هجوما|هجوماً|attacks)\b", after, re.I) else None)
        if label:  # "• Operations: 196", "ISIS killed: 44", "عدد العمليات: 196", "the number of ... rose to 40"
            name = next(k for k in ("label", "label_ar", "label_ar2", "label_ar3") if label.groupdict().get(k))
            measure = next((measure for rx, measure in LABELS if rx.search(label.group(name))), None)
            if re.search(r"prisoners|detainees|transferred|سجناء|السجناء|المعتقلين|المنقولين|المرحلين|نقلهم|(?:لل|ال)?نزلاء", label.group(name), re.I) \
                    and (TRANSFER.search(sentence) or (TRANSFER.search(self.previous) and TO_IRAQ.search(self.previous))) \
                    and (TO_IRAQ.search(sentence) or self.moved_to_iraq) and qualifier != "up_to":
                measure = "detainees_transferred_to_iraq"  # "بلغ عدد السجناء الكلي 5703" of those moved to Iraq (told of in
                # the sentence or in the one before: "كشفت وزارة العدل عن جنسيات الإرهابيين المنقولين من سوريا الى العراق.")
            measure = "killed" if measure is None and re.search(r"death\s+toll", label.group(name), re.I) else measure
            if measure:
                return measure, qualifier, cue_start - (len(verb_text) - label.start(name)), m.end(), ""
        if RUNNING_TOTAL.search(verb_text) and TRANSFER.search(sentence) and TO_IRAQ.search(sentence) and qualifier != "up_to":
            return "detainees_transferred_to_iraq", qualifier, cue_start, m.end(), ""  # "..., bringing the total to 2,900"
        t = TRANSFERRED.match(after)
        first_batch = FIRST_BATCH.search(sentence) and self.transfer_window  # "The first batch arrived ... and included 150"
        if t and (TRANSFER.search(sentence) or first_batch) and (TO_IRAQ.search(sentence) or first_batch or self._moved_so_far(sentence, plain[:m.start()])):
            # ("up to" is a plan, but not "As many as 150 IS fighters ... were moved": a count of those moved)
            if (qualifier == "up_to" and not MOVED_PAST.match(plain, m.end())) or PLANNED.search(re.split(r"[,،;]", after[t.end():t.end() + 40])[0]) or PLANNED.search(before[-50:]) \
                    or AIM.search(plain[max(0, m.start() - 120):m.start()]) or EARLIER_MOVES.search(sentence) \
                    or BATCH_OF.search(plain, 0, m.start()) or EXPECTED_TO_REACH.search(before) \
                    or (i and MOVED_PART.search(before)):  # "ثاني دفعة من نحو 7 آلاف معتقل": a batch; "5064، يتوزعون بين 270 ...": a part
                # out of the plan's number; "من المتوقع أن يصل إجمالي عدد ... إلى 7000": the plan's
                return None  # "up to 7,000 ... could be transferred": a plan ("up to" is always one), not a count
            return "detainees_transferred_to_iraq", qualifier, cue_start, m.end() + t.end(), t.group("noun")
        # "US forces suffered no casualties during operations": none of them hurt
        c = re.match(r"^\s*casualties\b", after, re.I) if m["zero"] else None
        us = c and re.search(r"\b(?:U\.?S\.?|American)\s+(?:forces|troops|personnel|service\s*members)\s+(?:suffered|sustained)\s*$", before, re.I)
        if us:
            return "us_wounded", qualifier, prev_end + us.start(), m.end() + c.end(), ""
        # operations, strikes, targets... read from the words after the number (after the noun of a dual: "عمليتين")
        dual = m["dual_noun"] + "ة " if m["ar_dual"] else ""
        for rx, measure in MEASURE_AFTER:
            a = rx.search(dual + after)
            if not a and measure == "us_wounded" and not dual:  # "Four US troops and one working dog were injured": past
                a = rx.search(plain[m.end():m.end() + 160])  # the next number, whose noun is not the troops'
            if a:
                a_end = max(0, a.end() - len(dual))
                if m.group().lower() == "one" and measure in CARRIED and not measure.startswith("coalition_"):
                    return None  # "can each be one operation": one operation is an announced one, not a tally
                if measure == "strikes" and numbers[i][1] == 2 and re.search(r"\bkilled\b|\bdead\b|أسفرتا|مقتل", plain):
                    return None  # "ضربتين منفصلتين ... أسفرتا عن مقتل 37", "37 killed in two airstrikes": two announced strikes
                if measure in ("munitions", "targets_struck", "strikes", "weapons_caches_destroyed") \
                        and self._one_operation(plain[:m.start()], sentence):
                    return None  # "In the most recent operation, 20 aircraft launched over 90 munitions": one operation's
                if measure in ("operations", "partnered_operations") and i and INCLUDING_KIND.search(before) and KIND_OF_OPERATION.match(dual + after) \
                        and (self._figure(sentence, numbers, i - 1) or ("",))[0] in ("operations", "partnered_operations"):
                    return None  # "70 عملية بما فيها ثلاث عمليات تمشيط": a kind among the operations, not a count of them
                if measure == "operations" and (PARTNERED_BEFORE.search(before) or ALL_PARTNERED.search(sentence)):
                    measure = "partnered_operations"  # "وبلغت العمليات المشتركة ... 38 عملية"
                elif measure == "operations" and i and (
                        (re.search(r"(?:\band|(?<!\w)و)\s*$", before) and len(before) < 60
                         and re.match(r"^\s*(?:\S+\s+)?(?:additional|more|other|further|إضافية|أخرى)(?!\w)", dual + after, re.I))
                        or re.search(r"(?:\bincluding|\bof\s+which|(?<!\w)(?:من\s+)?(?:بينها|منها))\s*$", before, re.I)):
                    # more of the same kind ("108 عمليات مشتركة ... في سوريا و191 عملية إضافية في العراق"), or a part of them
                    # ("6 عمليات نفذتها القوات الشريكة ... من بينها 5 عمليات في العراق"): the measure of the count before
                    head = self._figure(sentence, numbers, i - 1)
                    measure = head[0] if head and head[0] in ("partnered_operations", "us_only_operations") else measure
                elif measure == "operations" and (ALONE_BEFORE.search(before) or ALONE_AFTER.match(after[a_end:])):
                    measure = "us_only_operations"  # "نفّذت وحدها عمليتين", "conducted 3 operations on its own"
                if measure == "partnered_operations" and not PARTNERED_BEFORE.search(before) \
                        and partner_country(re.split(r"[.,;،؛]", after)[0]) == "Total":
                    measure = "operations"  # "196 عملية عسكرية بالتعاون مع قوات سوريا الديمقراطية وقوات الأمن العراقية": both
                    # partners named, a total they took part in (as "with the ISF and SDF" is)
                return measure, qualifier, cue_start, m.end() + a_end, ""
        done = re.match(r"^\s*(?:were|was)\s+(?:carried\s+out|conducted)\b", after, re.I)  # "In Iraq, 21 partnered operations
        if done:  # were carried out ... In Syria, 17 were carried out": the operations just counted
            told = re.findall(r"\b(partnered\s+|joint\s+)?(?:operations|missions)\b", self.previous + " " + plain[:m.start()], re.I)
            if told:
                return "partnered_operations" if told[-1] or ALL_PARTNERED.search(sentence) else "operations", \
                    qualifier, cue_start, m.end() + done.end(), ""
        last_word = re.search(r"\S+\s*$", verb_text)
        verb_start = cue_start - (len(verb_text) - last_word.start()) if last_word else cue_start  # "أصيب" in "وأصيب 4"
        coalition = re.match(r"^\s*(?:من\s+)?(?:أفراد|عناصر|جنود|جنديين|عسكريين)\s+(?:من\s+)?(?:قوات\s+)?التحالف", after)
        # "led to the death of a non-U.S. coalition soldier and wounded two other non-U.S. personnel"
        en_coalition = re.match(r"^\s*(?:other\s+)?(?:non-U\.?S\.?\s+(?:coalition\s+)?|coalition\s+)(?:soldiers?|service\s*members?|members?|troops?|personnel)\b", after, re.I)
        if en_coalition and re.search(r"\b(?:deaths?\s+of|killing\s+of|killed)\s+$", verb_text, re.I):
            return "coalition_killed", qualifier, verb_start, m.end() + en_coalition.end(), ""
        if en_coalition and re.search(r"\b(?:wounded|injured|wounding|injuring)\s+$", verb_text, re.I):
            return "coalition_wounded", qualifier, verb_start, m.end() + en_coalition.end(), ""
        ar_wounded = AR_WOUNDED_VERB.search(verb_text)
        if coalition and re.search(r"(?<!\w)[وف]?(?:مقتل|قتل)\s+و(?:إصابة|اصابة|جرح)\s*$", verb_text):
            return None  # "مقتل وإصابة ثلاثة عناصر من التحالف": the dead and wounded together, no measure of ours
        if coalition and (ar_wounded or re.search(r"(?<!\w)[وف]?(?:قتل|مقتل|لقي)\S*\s*$", verb_text)):
            return ("coalition_wounded" if ar_wounded else "coalition_killed"), qualifier, verb_start, m.end() + coalition.end(), ""
        # "one Coalition member was killed and two were wounded", "قتل أحد أفراد التحالف، وأصيب اثنان آخران": the second
        # number takes the first's side
        others_ar = re.match(r"^\s*(?:آخر(?:ان|ين|ون)?|من\s+جنسيات)(?!\w)", after) if ar_wounded else None
        others_en = re.match(r"^\s*(?:(?:others?|more)\s+(?:(?:were|was)\s+)?|(?:were|was)\s+)(?:wounded|injured)\b"
                             r"|^\s*(?:others?|more)\s+(?:sustained|suffered)\s+(?:\w+\s+)?injuries\b", after, re.I)  # "and two others injured",
        # "and two others sustained injuries"
        if i and (others_ar or others_en) \
                and (self._figure(sentence, numbers, i - 1) or ("",))[0] in ("coalition_killed", "coalition_wounded"):
            if others_ar:
                return "coalition_wounded", qualifier, verb_start, m.end() + re.match(r"^\s*\S+", after).end(), ""
            return "coalition_wounded", qualifier, cue_start, m.end() + others_en.end(), ""
        w = re.match(r"^\s*(?:من\s+)?(?:جنود|جنديين|عسكريين|عسكريا|أفراد)\s+(?:\S+\s+)?(?:أمريكيين|أميركيين|أمريكيا|أميركيا|الأمريكي\S*|الأميركي\S*)", after)
        if w and re.search(r"(?:أصيب|إصابة|وإصابة|جرح)\s*$", verb_text) and not ONE_OPERATION.match(after[w.end():]) \
                and not ONE_OPERATION_BEFORE.search(plain[:m.start()]) and not ATTACK_ON_THEM_AR.search(before):
            return "us_wounded", qualifier, verb_start, m.end() + w.end(), ""
        if NOT_ISIS.match(after) and not DETAINED_PEOPLE.search(before + "#" + after):
            return None
        # "the total number of attacks it claimed in 2023, with 153 incidents ..., compared to only 121 last year"
        incidents = re.match(r"^\s*incidents\b", after, re.I)
        if re.search(r"\battacks\s+(?:it|ISIS|the\s+group)\s+(?:has\s+|had\s+)?claimed\b", sentence, re.I) and (
                incidents or re.search(r"\bcompared\s+(?:to|with)\s+(?:only\s+|just\s+)?$", verb_text, re.I)):
            return "isis_claimed_attacks", qualifier, cue_start, m.end() + (incidents.end() if incidents else 0), ""
        attacks = re.match(r"^\s*(?:attacks\b|هجوم\S*|هجمات)", after, re.I)
        if attacks and re.match(r"^[^.;]{0,40}?,\s*(?:\w+|\d+)\s+of\s+which\s+(?:were|was)\s+claimed\b", plain[m.end() + attacks.end():], re.I):
            return None  # "ISIS carried out 20 attacks in March, five of which were claimed": not all claimed
        if attacks and CLAIMED_ATTACKS.search(verb_text):
            return "isis_claimed_attacks", qualifier, m.start() - (len(before) - CLAIMED_ATTACKS.search(verb_text).start()), \
                m.end() + attacks.end(), ""
        if attacks and any((self._figure(sentence, numbers, j) or ("",))[0] == "isis_claimed_attacks" for j in range(i)):
            return "isis_claimed_attacks", qualifier, cue_start, m.end() + attacks.end(), ""  # "153 attacks, above the 121 attacks of 2023"
        # "... claimed 153 attacks in the first half of 2024. This marks an increase from the 121 attacks reported in 2023":
        # the same measure, compared
        if attacks and COMPARED.search(verb_text) and re.search(r"\battacks\b|هجوم|هجمات", self.previous) \
                and any(CLAIMED_ATTACKS.search(self.previous[:a.start()]) for a in NUMBER.finditer(self.previous)):
            return "isis_claimed_attacks", qualifier, cue_start, m.end() + attacks.end(), ""
        # "CENTCOM reports 153 ISIS attacks in Iraq and Syria ..." in a text that calls them claimed ("the total number of
        # attacks they claimed in 2023")
        isis_attacks = re.match(r"^\s*(?:ISIS|ISIL|(?-i:IS)|Daesh)\s+attacks\b(?!\s+(?:on|against)\b)", after, re.I)
        if isis_attacks and re.search(r"\battacks\s+(?:(?:they|it|ISIS|IS|the\s+group)\s+)?(?:has\s+|had\s+|have\s+)?claimed\b|\bclaimed\s+(?:responsibility\s+for\s+)?(?:\S+\s+)?attacks\b", self.text, re.I):
            return "isis_claimed_attacks", qualifier, cue_start, m.end() + isis_attacks.end(), ""
        # "Of these operations, 137 were in Iraq", "137 منها": a share of the operations just counted
        if ((OF_THE_OPERATIONS.search(before) or OF_THEM.match(after)) and re.search(r"operations|missions|عمليات", sentence, re.I)) \
                or (re.search(r"^\W*(?:of|among)\s+(?:these|those|them)\s*,?\s*$", before, re.I)
                    and re.match(r"^\s*(?:were|was|took place)\s+in\s+(?:Iraq|Syria)\b", after, re.I)):
            o = OF_THEM.match(after) or re.match(r"^\s*(?:were|was|took place)\s+in\s+(?:Iraq|Syria)\b", after, re.I)
            return "operations", qualifier, cue_start, m.end() + (o.end() if o else 0), ""
        # "8 من القتلى هم من كبار قادة داعش", "three of those killed were senior leaders": leaders killed
        dead = re.match(r"^\s*(?:من\s+القتلى|of\s+(?:those|the\s+people|the\s+militants)\s+killed|of\s+the\s+dead)\b[^.;،]{0,25}?(?:قادة|leaders?|commanders?)", after, re.I)
        if dead:
            return "leaders_killed", qualifier, cue_start, m.end() + dead.end(), ""
        # "Eight senior ISIS leaders were among those killed"
        among_after = re.match(r"^\s*(?:(?:senior|top|ISIS)\s+){0,3}(?:leaders?|commanders?)\s+(?:were|was)\s+among\s+(?:those|the)\s+(?P<k>killed|dead|captured|detained)\b", after, re.I)
        if among_after:
            return ("leaders_killed" if among_after["k"].lower() in ("killed", "dead") else "leaders_captured"), qualifier, \
                cue_start, m.end() + among_after.end(), ""
        # "من بين القتلى ثمانية قياديين", "among the dead were eight leaders": leaders among the dead or the captured
        among = re.search(r"(?:من\s+بين\s+(?P<k_ar>القتلى|المعتقلين|الموقوفين)|\bamong\s+(?:the\s+|those\s+)?(?P<k>dead|killed|captured|detained)(?:\s+were)?)\s*$", verb_text, re.I)
        lead = re.match(rf"^\s*(?P<noun>{NOUN})", after, re.I) if among else None
        if lead and LEADERS.search(lead.group("noun")):
            killed = (among.group("k_ar") or "") == "القتلى" or (among.group("k") or "").lower() in ("dead", "killed")
            return ("leaders_killed" if killed else "leaders_captured"), qualifier, \
                cue_start - (len(verb_text) - among.start()), m.end() + lead.end(), lead.group("noun").strip()
        # leaders among the people just counted: "killing 12 militants, including three senior leaders", "44 ISIS
        # operatives, 8 of them senior leaders", "8 منهم من القادة"
        inc = INCLUDING.search(verb_text) or (re.search(r"$", verb_text) if m["ar_one_of"] else None)  # "أحدهما قائد"
        lead = re.match(rf"^\s*(?P<noun>{NOUN})", after, re.I) if inc and i else None
        share = re.match(r"^\s*(?:of\s+(?:them|whom|those)\s+(?:were\s+)?|were\s+|منهم\s+(?:هم\s+)?(?:من\s+)?)(?P<noun>(?:(?:senior|top|mid-level|ISIS|كبار)\s+)*"
                         r"(?:leaders?|commanders?|officials|emirs?|(?:ال)?قادة|قياديون|قياديين|أمراء))", after, re.I) if i and not inc else None
        if share:
            inc, lead = re.search(r"$", verb_text), share
        if lead and LEADERS.search(lead.group("noun")):
            heads = {(self._figure(sentence, numbers, j) or ("",))[0] for j in range(max(0, i - 2), i)}
            kind = "killed_or_detained" if {"killed", "detained"} <= heads and re.search(r"[,،]\s*$", verb_text[:inc.start()]) else \
                (self._figure(sentence, numbers, i - 1) or ("",))[0]  # "163 killed and 33 captured, including 30 leaders"
            # (without the comma, "two were detained including an IS leader": the leader is among the last count)
            own = LEADERS_OWN_VERB.match(after)  # "بينهم ثمانية قادة كبار قتلوا": the leaders' own verb
            if own:
                kind = "killed" if own.group("k") else "detained"
            if kind in ("killed", "detained", "killed_or_detained"):
                measure = {"killed": "leaders_killed", "detained": "leaders_captured",
                           "killed_or_detained": "leaders_killed_or_captured"}[kind]
                return measure, qualifier, cue_start - (len(verb_text) - inc.start()), m.end() + lead.end(), lead.group("noun").strip()
        # people: "22 ISIS operatives killed", "killing 686 ISIS operatives", "and 25 detained"
        the_operation = THE_OPERATION_AR.search(plain[:m.start()]) or THE_OPERATION_EN.search(plain[:m.start()]) \
            or (IT_KILLED.search(plain[:m.start()]) and ONE_OPERATION_TOLD.search(self.previous))  # "العملية أسفرت عن مقتل 14": one operation's
        if the_operation and self.campaign and self.campaign[1].search(sentence):
            the_operation = None
        if ONE_OPERATION.match(after) or LAST_RAID.match(after) or self._one_operation(plain[:m.start()], sentence) or the_operation \
                or TWO_STRIKES.match(plain[m.end():]) or TWO_STRIKES_BEFORE.search(plain[:m.start()]) \
                or DEFENDING.match(after):
            return None  # "killed two ISIS members in a strike": one announced operation's, not a tally
        there = re.match(rf"^\s*(?:{NOUN}\s+)?(?:(?:were|was|took\s+place|occurred)\s+)?(?:in|for|في)\s+(?:Iraq|Syria|[وبف]?العراق|[وبف]?سوري[اة])\b", after, re.I)
        joined = bool(m["ar"]) and m.group()[:1] == "و" and (m.group()[1:].split()[0] in AR_WORDS
                                                             or m.group()[1:].split()[0] in AR_UNITS)  # "وواحدة في سوريا"
        if i and there and (joined or re.search(r"(?:—|–|-|,|،|:|\band|\bincluding|\bcompris(?:ing|ed of)|\bconsisting of|\bof which|\bwith|و|منها|بينها|بينهم|منهم)\s*(?:another\s+|an?\s+(?:additional|further)\s+)?$"
                                     r"|\b(?:while|whereas|and)\s+the\s+(?:remaining|other)\s*$|(?<!\w)و?(?:الباقي|الـ?باقية|المتبقية)\s*$", verb_text)):
            head = self._figure(sentence, numbers, i - 1)  # "killing 466 in Syria and at least 220 (operatives) in Iraq"
            if head and head[0] in CARRIED:
                return head[0], qualifier, cue_start, m.end() + there.end(), head[4]
        a = PEOPLE_VERB_AFTER.match(after)
        b = PEOPLE_VERB_BEFORE.search(verb_text)
        inset = ADVERBIAL_AR.search(verb_text) if not b else None
        if inset and windows_in(inset.group("w"), self.on):  # "قتلت خلال الربع الأول من العام الجاري 40 عنصرا": the verb
            b = PEOPLE_VERB_BEFORE.search(verb_text[:inset.start()] + " ")  # before the window set between it and the count
        if a and b and (re.search(r"\band\b|(?<!\w)و|\b(?:that|which|who)\b", a.group("noun") or "") or b.group("both")):
            a = None  # "killed 14 ISIS members in 2025 and detained 300": the verb before is this number's
        c = COUNT_NOUN.match(after) or (NETTED.search(verb_text) and re.match(r"^\s*(?:ISIS\s+)?detainees\b", after, re.I))
        noun = None
        if c:  # "eight fatalities and 19 detentions", "the raids netted 119 detainees"
            measure = "killed" if c.groupdict().get("killed") else "detained"
            return measure, qualifier, cue_start, m.end() + c.end(), ""
        # an Arabic list's "9 قتلى، 40 معتقلا": the dead, and the detained beside them (alone, "7 آلاف معتقل" are held)
        c = re.match(r"^\s*(?:قتلى|قتيل(?:ا|اً)?)(?!\w)", after)
        if c and re.search(r"حصيلة|عمليات|عملية", sentence) and not re.search(r"هجوم|كمين|تفجير|انفجار", sentence):
            return "killed", qualifier, cue_start, m.end() + c.end(), ""
        c = re.match(r"^\s*(?:معتقل(?:ا|اً|ين)?|أسرى|أسير(?:ا|اً))(?!\w)", after)
        if c and i and (self._figure(sentence, numbers, i - 1) or ("",))[0] == "killed":
            return "detained", qualifier, cue_start, m.end() + c.end(), ""
        if a:
            kind = next(k for k in ("both", "killed", "detained") if a.group(k))
            noun, end = a.group("noun"), m.end() + a.end()
            start = cue_start
        elif b:
            kind = next(k for k in ("both", "killed", "detained") if b.group(k))
            n = re.match(rf"^\s*(?P<noun>{NOUN}{NOUN_OF})", after, re.I)
            noun = n.group("noun") if n else None
            if not noun and not re.match(r"^\s*(?:[,.;)،]|(?:and|as|in|across|inside|during|while|over|since|from|between|through|throughout|last|this|so far|ISIS|ISIL|Daesh)\b|"
                                         r"و|(?:في|خلال|أثناء|اثناء|منذ|بين|منهم)(?!\w)|of\s+them\b|$)", after, re.I):  # "قتل أكثر من 20 منهم"
                return None
            start, end = cue_start - (len(verb_text) - b.start()), m.end() + (n.end() if n else 0)
        else:
            return None
        if kind == "detained" and re.match(r"^\s*(?:\S+\s+){0,6}?أو\s+(?:قتلهم|مقتلهم|قتل|تحييدهم)(?!\w)", plain[end:]):
            kind = "both"  # "القبض على أكثر من 50 إرهابياً من تنظيم داعش أو قتلهم": captured or killed
        if kind == "detained" and re.search(r"(?<!\w)[وف]?(?:قتلت|قتل)\s+(?:\S+\s+){1,8}?أو\s+(?:اعتقلت|اعتقل|أسرت|أسر)\s*$", verb_text):
            kind = "both"  # "قتلت القوات الأمريكية وقوات التحالف أو اعتقلت ما يقرب من 25": killed or detained
        others = bool(noun) and re.fullmatch(r"\W*(?:others|آخرين|أخرين|اخرين|آخرون)\W*", noun, re.I)
        if not noun or re.fullmatch(r"\W*(?:others|more|آخرين|أخرين|اخرين|آخرون)\W*", noun, re.I):
            noun = self._last_noun(sentence, numbers, i) or noun
        leaders = bool(noun and LEADERS.search(noun)) or bool(m["ar_noun"] and LEADERS.search(m.group()))  # "وأسر قائد"
        if i and others and (self._figure(sentence, numbers, i - 1) or ("",))[0].startswith("leaders_") \
                and not INCLUDING.search(plain[numbers[i - 2][0].end() if i > 1 else 0:numbers[i - 1][0].start()]):
            leaders = True  # "8 من القتلى هم من كبار قادة داعش وأسر 32 آخرين": 32 other leaders captured
        measure = {"both": "killed_or_detained", "killed": "killed", "detained": "detained"}[kind]
        if leaders:
            measure = {"killed": "leaders_killed", "detained": "leaders_captured", "killed_or_detained": "leaders_killed_or_captured"}[measure]
        counted = (noun or "").strip(" \"“”'")
        counted = re.sub(r"^(?:and|other|more|additional)\s+", "", counted, flags=re.I)
        return measure, qualifier, start, end, "" if counted.lower() == "others" or counted in ("آخرين", "أخرين", "اخرين") else counted

    def _last_noun(self, sentence, numbers, i):
        """The noun of the previous people figure of the sentence ("5 ISIS operatives killed and 30 detained")."""
        plain = sentence.translate(DIGITS)
        for j in range(i - 1, -1, -1):
            m = numbers[j][0]
            end = numbers[j + 1][0].start()
            if INCLUDING.search(plain[numbers[j - 1][0].end() if j else 0:m.start()]):
                continue  # "... 44 عنصرا بينهم 8 قياديين، واعتقلت 166 آخرين": the others are of the 44's kind
            a = re.match(rf"^\s*(?P<noun>{NOUN}{NOUN_OF})", plain[m.end():end], re.I)
            if a and a.group("noun").strip().lower() not in ("others", "more", "آخرين", "أخرين", "اخرين"):
                return a.group("noun")
        return None

    @staticmethod
    def _sentence_countries(masked: str) -> list[str]:
        return [("Total" if k.startswith("both") else k.split("_")[0])
                for m in COUNTRY.finditer(masked) for k, v in m.groupdict().items() if v]

    def _country(self, masked: str, numbers, i) -> str | None:
        """The country a number is given for: the nearest name before it in the sentence, or one after it in the
        same clause ("12 ISIS suspects were killed and 7 detained in Iraq")."""
        m = numbers[i][0]
        if re.match(rf"^\s*(?:{NOUN}\s+)?(?:in total|overall|in all|altogether|combined)\b", masked[m.end():], re.I) \
                or (re.match(r"^\W*together\b", masked, re.I) and not COUNTRY.search(masked)):
            return "Total"  # "Together the missions killed 44 ISIS operatives"
        mentions = [(c.start(), c.end(), next(("Total" if k.startswith("both") else k.split("_")[0])
                                              for k, v in c.groupdict().items() if v)) for c in COUNTRY.finditer(masked)]
        after = [c for c in mentions if c[0] >= m.end()]
        if after and not clause_break(masked[m.end():after[0][0]]):
            between = masked[m.end():after[0][0]]
            if not re.search(r"\b(?:from|with|by)\s+(?:the\s+)?$", between, re.I) \
                    and not re.search(r"\b(?:includ\w*|among them|of which)\b|(?<!\w)(?:بينها|منها|بما فيها)(?!\w)",
                                      between[OF_THEM.match(between).end() if OF_THEM.match(between) else 0:], re.I):
                return after[0][2]
        before = [c for c in mentions if c[1] <= m.start()]
        if not before:  # "eight leaders were killed, and 32 captured, in both Iraq and Syria"
            return "Total" if after and after[0][2] == "Total" else None
        if len(before) > 1 and before[-2][2] != before[-1][2] and not re.search(r"[,;:،]", masked[before[-2][1]:before[-1][0]]) \
                and clause_break(masked[before[-1][1]:m.start()]):
            return "Total"  # "137 were in Iraq and 59 in Syria, leading to the deaths of 44": both countries'
        clause = re.split(r"[,;:،]", masked[:before[-1][0]])[-1]
        aside = re.match(r"\s*(?:(?:some|most|all|many|one|none)\s+of\s+)?(?:which|including|who|that|where)\b", clause, re.I)  # ", which included strikes in Syria,"
        return None if aside else before[-1][2]

    @staticmethod
    def _window(sentence: str, sentence_windows, m: re.Match, current):
        """The window of a number: the sentence's window phrase in the number's own clause (after it first:
        "308 missions so far this year, including 36 missions during August"), else the nearest one in the
        sentence, else the window read last."""
        # a window inside brackets the number is not in dates the bracket's own words ("387 were killed (375 during
        # the prison break in January, and 12 others ...)"): not the number's
        brackets = [b.span() for b in re.finditer(r"\([^()]*\)", sentence) if not b.start() < m.start() < b.end()]
        sentence_windows = [w for w in sentence_windows if not any(a <= w[0] and w[1] <= b for a, b in brackets)]
        if not sentence_windows:
            return current
        # the statement's day in the figure's clause ("أعلن الجيش الأمريكي، اليوم السبت الموافق 14 فبراير 2026، شن 10
        # غارات"): not the figure's
        def says_day(w) -> bool:  # (not where an act is told between: "أعلنت في بيان سابق أن طائرات نفذت ضربات في 14 ...")
            said = list(STATEMENT_DAY.finditer(sentence[max(0, w[0] - 60):w[0]]))
            return bool(said) and not ACT_TOLD.search(sentence[max(0, w[0] - 60) + said[-1].end():w[0]])
        own = [w for w in sentence_windows if w[2][0] != w[2][1] or not says_day(w)]
        after = [w for w in own if w[0] >= m.end() and not clause_break(sentence[m.end():w[0]])]
        before = [w for w in own if w[1] <= m.start() and not clause_break(sentence[w[1]:m.start()])]
        if after or before:
            return (after[0] if after else before[-1])[2]
        # a day in another clause is the figure's (an announced operation) unless it dates the statement ("said on 9 August")
        # (or lies outside the quotation that holds the figure: '"... 220 killed ...", CENTCOM said, ... on 30 December')
        spans = [w for w in sentence_windows if w[2][0] != w[2][1] or not (
            says_day(w) or re.search(r'[”»"]', sentence[m.end():w[0]] if w[0] >= m.end() else "")
            or (current and EVENT_AFTER_DAY.match(sentence, w[1])) or SAID_AFTER_DAY.match(sentence, w[1])
            or EVENT_BEFORE_DAY.search(sentence, 0, w[0]))]  # "a December 19 strike": that strike's day, not the count's
        if current:  # "the U.S. combat mission ended in December 2021", in another clause: background, not the count's
            spans = [w for w in spans if w[0] < m.end() or w[2][1] >= current[0] or (current[1] - w[2][1]).days < 300]
        if not spans:
            return current
        return min(spans, key=lambda w: min(abs(w[0] - m.start()), abs(w[1] - m.end())))[2]

    def _attribution(self, sentence: str, year_to_date: bool = False) -> tuple[str, str]:
        for rx, who in OTHER_COUNTERS:
            named = rx.search(sentence)
            centcom = CENTCOM_NAMED.search(LIG_TITLE.sub("", sentence))
            if named and centcom and named.start() < centcom.start() and (
                    OTHERS_SAY.match(sentence, named.end()) or SAYS_BEFORE_AR.search(sentence, 0, named.start())
                    or re.match(_AR_SAY, named.group())):  # "وقالت قوات سوريا الديمقراطية إنها اعتقلت ... بدعم من التحالف"
                return who, "outlet_count"  # "the Syrian Observatory said the US-led coalition carried out 79 operations"
            if named and (not centcom or SAID_BY.search(sentence[:named.start()][-30:]) or SAID_AFTER_NAME.match(sentence, named.end())):
                return who, "outlet_count"  # "... which the U.S. military began moving, an Iraqi official said"
        monitor = ACCORDING_TO_MONITOR.search(sentence)
        if monitor and not CENTCOM_NAMED.search(monitor.group("who")):
            return re.sub(r"\s+", " ", monitor.group("who")).strip(), "outlet_count"  # "According to the Rojava Information Centre, ..."
        if self.is_centcom:
            return "CENTCOM", "primary"
        if self.other_outlet and ANOTHER_REPORT.search(sentence) and not CENTCOM_NAMED.search(sentence):
            return "another outlet's report", "outlet_count"  # 'the website "Mission and Objective" reported that ... 387 operations'
        if SDF_ACTS.search(sentence) and not CENTCOM_NAMED.search(sentence):
            return "Syrian Democratic Forces", "outlet_count"  # "The SDF has carried out 113 anti-ISIS operations in 2022"
        if self.sole_speaker:
            return self.sole_speaker, "outlet_count"
        if OUTLET_SUM.search(sentence) or year_to_date or not self.names_centcom:
            return self.publisher, "outlet_count"
        return "CENTCOM", "quoted"


# ---------------------------------------------------------------------------------------------------------- CLI

def figure_columns(data_dir: Path = schema.DATA_DIR) -> list[str]:
    """figures.csv's columns (evidence and counted_as among them), in the order of the CSV's header where it
    has every declared column, so that a reviewed row can be appended as it stands."""
    fields = schema.field_names(schema.load_package(data_dir), "figures")
    try:
        with (data_dir / "figures.csv").open(encoding="utf-8", newline="") as fp:
            header = next(csv.reader(fp), [])
    except OSError:
        header = []
    return header if set(fields) <= set(header) else fields


def source_row(source_id: str, data_dir: Path = schema.DATA_DIR) -> dict:
    """The document's row of sources.csv (or of a proposal's .sources.csv), if it has one."""
    candidates = [data_dir / "sources.csv", schema.ROOT / "proposals" / f"{source_id}.sources.csv"]
    for path in candidates:
        try:
            with path.open(encoding="utf-8", newline="") as fp:
                for row in csv.DictReader(fp):
                    if row.get("source_id") == source_id:
                        return row
        except OSError:
            continue
    return {}


def propose(text: str, published: dt.date, source_id: str = "", url: str = "", publisher: str = "") -> list[dict]:
    """The figures a text states (see the module docstring), as rows of figures.csv plus evidence and counted_as."""
    source = source_row(source_id) if source_id and not (url or publisher) else {}
    return Document(text_of(text), published, source_id, publisher or source.get("publisher", ""),
                    url or source.get("url", "")).rows()


def write_csv(rows: list[dict], out, columns: list[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise argparse.ArgumentTypeError(f"not a date of the form YYYY-MM-DD: {value!r}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", help="the document's text or HTML")
    parser.add_argument("--published", required=True, type=parse_date, help="the document's date, YYYY-MM-DD")
    parser.add_argument("--source-id", default="", help="its source_id (sources.csv), written into every row")
    parser.add_argument("--url", default="", help="its address, where sources.csv does not have it yet")
    args = parser.parse_args(argv)
    try:
        raw = Path(args.file).read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as e:
        print(f"propose.py: cannot read {args.file}: {e.strerror or e}", file=sys.stderr)
        return 2
    try:
        columns = figure_columns()
    except schema.SchemaError as e:
        print(f"propose.py: {e}", file=sys.stderr)
        return 2
    write_csv(propose(raw, args.published, args.source_id, args.url), sys.stdout, columns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
