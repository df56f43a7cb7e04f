"""Wording travels with the number on every HTML page: a figure whose qualifier column says
more_than is shown as "more than 20", never as a bare 20 (JSON and CSV carry the qualifier in its
own column beside the number). An assessment of misquoted, unconfirmed or outlet_count is shown
as a label, so it cannot be mistaken for CENTCOM's figure."""
from datasette import hookimpl
from markupsafe import Markup, escape

import sqlfunctions

# value column -> the column holding its wording, where the name is not <column>_qualifier
PAIRS = {"value": "qualifier", "press_value": "press_qualifier", "stated_total": "total_qualifier",
         "centcom_sum_of_months": "centcom_sum_qualifier"}
LABELS = {"misquoted": "#b91c1c", "unconfirmed": "#92400e", "outlet_count": "#1d4ed8"}


def _keys(row):
    try:
        return row.keys()
    except AttributeError:
        return ()


@hookimpl
def render_cell(row, value, column):
    if column == "assessment" and value in LABELS:
        return Markup('<span class="assessment assessment-{0}" style="color: {1}; font-weight: bold">{0}</span>'
                      .format(escape(value), LABELS[value]))
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    keys = _keys(row)
    qcol = PAIRS.get(column, f"{column}_qualifier")
    if qcol not in keys:
        return None
    qualifier = row[qcol]
    if qualifier in (None, "exact"):
        return None
    return Markup('<span class="as-stated" title="{}">{}</span>'.format(
        escape(f"{column}: {value}, worded {qualifier}"), escape(sqlfunctions.as_stated(value, qualifier))))
