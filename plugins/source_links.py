"""Render source references in views and canned queries as links to the document's row.

Tables with a declared foreign key to sources (figures, strikes, strike_reports) already get
Datasette's own links; views and queries don't, so every `source_id` / `source_ids` /
`other_source_id` cell there becomes a link to /centcom/sources/<id>. Values are escaped.
"""
from datasette import hookimpl
from markupsafe import Markup, escape

COLUMNS = {"source_id", "source_ids", "other_source_id"}
TABLES_WITH_FOREIGN_KEYS = {"sources", "figures", "strikes", "strike_reports", "measures"}


@hookimpl
def render_cell(value, column, table, database, datasette):
    if column not in COLUMNS or table in TABLES_WITH_FOREIGN_KEYS or not isinstance(value, str):
        return None
    links = [
        '<a href="{}">{}</a>'.format(
            escape(datasette.urls.row(database, "sources", sid.strip())), escape(sid.strip())
        )
        for sid in value.split(",")
        if sid.strip()
    ]
    return Markup(", ".join(links))
