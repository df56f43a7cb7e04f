"""Words instead of codes where a person reads: on HTML pages a cell holding a code shows its label,
with the code in a tooltip ("strike (platform not stated)" for strike, "more than" for
more_than). The labels are declared once, with each column in data/datapackage.json ("x-labels");
a qualifier column uses the words the figures are worded with (sqlfunctions.WORDS). JSON and CSV
keep the codes: they are the documented, stable values to filter on."""
from datasette import hookimpl
from markupsafe import Markup, escape

import schema
import sqlfunctions

QUALIFIER_LABELS = {code: words or "exact" for code, words in sqlfunctions.WORDS.items()}


def declared() -> dict[str, dict[str, str]]:
    """column name -> {code: label}, from every field that declares x-labels."""
    out: dict[str, dict[str, str]] = {}
    for resource in schema.load().sources:
        for f in resource["schema"]["fields"]:
            if f.get("x-labels"):
                out.setdefault(f["name"], {}).update(f["x-labels"])
    return out


LABELS = declared()


@hookimpl
def render_cell(value, column):
    if not isinstance(value, str):
        return None
    labels = QUALIFIER_LABELS if column == "qualifier" or column.endswith("_qualifier") else LABELS.get(column)
    if not labels or value not in labels or labels[value] == value:
        return None
    return Markup('<span class="code-label" title="{}">{}</span>'.format(
        escape(f"{column} = {value}"), escape(labels[value])))
