"""Evidence: the few words of a document that state a row's numbers, and the link that finds them.

Every row of figures, operations, operation_reports and events carries `evidence`, the words of its
document that state it, exactly as they stand there. validate.py checks with `problems` that each
number of the row and the words of its qualifier are in them; where the words are far apart in the document, the evidence
holds each span, joined by " … ". The build turns them into a link with
`fragment_url` (a text fragment: browsers that support it scroll to the words and highlight them,
others open the page). Numbers may be written as digits (Western or Arabic-Indic, with or without
thousands separators) or as words, in English or Arabic.
"""
from __future__ import annotations

import re
from urllib.parse import quote

# How each qualifier of the data is worded (lower case; Arabic as written).
QUALIFIER_WORDS = {
    "exact": (),
    "at_least": ("at least", "no fewer than", "no less than", "على الأقل", "لا يقل", "لا تقل"),
    "more_than": ("more than", "over", "lebih", "upwards of", "in excess of", "أكثر من", "اكثر من", "ما يزيد", "يزيد عن",
                  "يزيد على", "أزيد من"),
    "nearly": ("nearly", "almost", "close to", "قرابة", "نحو", "ما يقارب", "ما يقرب", "حوالي"),
    "approximately": ("about", "approximately", "dozen", "around", "roughly", "some", "an estimated", "estimated", "نحو", "حوالي",
                      "قرابة", "ما يقارب", "تقريبا", "تقريباً"),
    "up_to": ("up to", "as many as", "ما يصل إلى", "ما يصل الى", "حتى"),
}

# The number vocabulary the reader of new releases (propose.py) uses too.
EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
# Arabic-Indic and Persian digits, one character for one, so that positions in a text do not move; and the
# Arabic thousands separator.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬", "0123456789" * 2 + ",")
_EN_SCALES = {"hundred": 100, "thousand": 1000}
_EN_OTHER = {"a": 1, "an": 1, "single": 1, "lone": 1, "dozen": 12, "dozens": 24, "pair": 2, "no": 0, "none": 0,
             "both": 2, "other": 1, "another": 1, "several": None}
# Arabic number words, with their common spellings (feminine and masculine, with and without hamza): the ones the
# reader of new releases (propose.py) reads too; each module adds its own below.
AR_NUMBER_WORDS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "أربعين": 40, "أربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80,
    "تسعين": 90, "تسعون": 90, "مئة": 100, "مائة": 100, "مئتين": 200, "مائتين": 200, "ألف": 1000, "ألفين": 2000,
    "ألفان": 2000,
}
# and, for checking evidence, the spellings without hamza, scale plurals, "عشرات" (tens of: no one number) and the
# dual nouns that state a count of two
_AR = AR_NUMBER_WORDS | {
    "صفر": 0, "أحد": 1, "احد": 1, "إحدى": 1, "إثنين": 2, "اثنتان": 2, "اربعة": 4, "اربع": 4, "ثمان": 8, "اربعين": 40,
    "مئتان": 200, "مائتان": 200, "الف": 1000, "آلاف": 1000, "الاف": 1000, "عشرات": None,
    "قتيلين": 2, "عنصرين": 2, "شخصين": 2,
}


def numbers_in(text: str) -> set[int]:
    """Every number the words state: digits (1,234 / 1.234 / ١٢٣٤), English and Arabic number words
    and their compounds ("twenty-five", "three hundred", "ثلاثة آلاف")."""
    text = text.translate(DIGITS).replace("،", " ، ")
    found: set[int] = set()
    for m in re.finditer(r"\d{1,3}(?:[,.\u202f ]\d{3})+(?!\d)|\d+", text):
        found.add(int(re.sub(r"\D", "", m.group())))
    words = re.findall(r"[a-z]+|[\u0600-\u06ff]+", text.lower().replace("-", " "))
    # English: a running compound ("three hundred twenty five")
    total = current = None
    for w in words + ["."]:
        w = w.removeprefix("و") if w.startswith("و") and w[1:] in _AR else w
        if w in EN_UNITS or w in EN_TENS:
            current = (current or 0) + EN_UNITS.get(w, EN_TENS.get(w, 0))
        elif w in _EN_SCALES and (current is not None or total is not None):
            current = (current or 1) * _EN_SCALES[w]
            if _EN_SCALES[w] == 1000:
                total, current = (total or 0) + current, None
        elif w == "and" and (current is not None or total is not None):
            continue
        else:
            if current is not None or total is not None:
                found.add((total or 0) + (current or 0))
            total = current = None
            if w in _EN_OTHER and _EN_OTHER[w] is not None:
                found.add(_EN_OTHER[w])
    # Arabic: a unit word followed by a scale multiplies ("ثلاثة آلاف" = 3000); "و" joins parts
    values = [_AR.get(w.removeprefix("و") if w not in _AR else w) for w in words]
    run: list[int] = []
    for v in values + [None]:
        if v is None:
            if run:
                found.update(run)
                acc = 0
                part = 0
                for x in run:
                    if x in (100, 1000) and part:
                        acc += part * x
                        part = 0
                    else:
                        part += x
                found.add(acc + part)
            run = []
        else:
            run.append(v)
    return found


def qualifier_words_in(text: str, qualifier: str | None) -> bool:
    words = QUALIFIER_WORDS.get(qualifier or "exact", ())
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    return not words or any(w in low for w in words)


def problems(evidence: str | None, numbers: dict[str, int | None], qualifiers: dict[str, str | None]) -> list[tuple[str, str]]:
    """(column, message) for each number of the row missing from its evidence, and each qualifier whose
    words are not there. A count of 1 may be a named person, and a count of 0 a "no ...": neither needs
    to be spelt out; a named person and the others stated ('X and his two sons' = 3) count too."""
    out = []
    stated = numbers_in(evidence or "")
    for column, value in numbers.items():
        # a named person and the others stated ("al-Hardani and his two sons" = 3) also passes
        named_and_others = value is not None and value - 1 in stated and re.search(r"\band\b| و", evidence or "")
        if value is not None and value > 1 and value not in stated and not named_and_others:
            out.append((column, f"{value} does not appear in the evidence words {evidence!r} "
                                "(as digits, with or without separators, or as a number word)"))
    for column, q in qualifiers.items():
        if q and not qualifier_words_in(evidence or "", q):
            out.append((column, f"{q} is not worded in the evidence {evidence!r} (expected one of: "
                                f"{', '.join(QUALIFIER_WORDS[q][:4])} ...)"))
    return out


def fragment_url(url: str, words: str | None) -> str | None:
    """The document's URL with a text fragment for the words (https://wicg.github.io/scroll-to-text-fragment/)."""
    if not url or not words:
        return None
    parts = [quote(" ".join(p.split()), safe="").replace("-", "%2D") for p in snippets(words)]
    base, _, fragment = url.partition("#")
    return f"{base}#{fragment}:~:" + "&".join(f"text={p}" for p in parts)


def snippets(words: str) -> list[str]:
    """Evidence may hold several spans of the same document, joined by " … "."""
    return [p.strip() for p in words.split("…") if p.strip()]
