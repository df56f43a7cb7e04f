"""Every reference to a source document, on every page (tables, derived tables, canned queries, row
pages), is a link to that document's row in sources, labelled with its stable source_id and with the
document's headline as a tooltip where it is known. (Datasette's own foreign-key labels would print
"None" for documents whose headline the stored page did not show.) A row's evidence words are a link to
their document, opened at the words (evidence_url). Values are escaped."""
from datasette import hookimpl
from markupsafe import Markup, escape

COLUMNS = {"source_id", "source_ids", "other_source_id", "presented_source_id", "evidence_source_id"}
_titles: dict[int, dict[str, str]] = {}


async def titles(datasette, database: str) -> dict[str, str]:
    key = id(datasette)
    if key not in _titles:
        rows = (await datasette.get_database(database).execute(
            "select source_id, coalesce(title, publisher || ', ' || coalesce(published, 'undated')) from sources")).rows
        _titles[key] = {r[0]: r[1] for r in rows}
    return _titles[key]


@hookimpl
def render_cell(value, column, table, database, datasette, row):
    if column == "evidence" and database == "centcom" and isinstance(value, str) and value:
        # the words that state the row, as a link that opens its document at them (evidence_url)
        url = row["evidence_url"] if row is not None and "evidence_url" in row.keys() else None
        if url:
            return Markup('<a class="evidence" href="{}" rel="noopener" title="Open the document at these words">'
                          '“{}”</a>'.format(escape(url), escape(value)))
        return None
    if column not in COLUMNS or database != "centcom":
        return None
    if isinstance(value, dict):  # an expanded foreign key
        value = value.get("value")
    if not isinstance(value, str) or (table == "sources" and column == "source_id"):
        return None

    async def links():
        known = await titles(datasette, database)
        out = []
        for sid in (s.strip() for s in value.split(",")):
            if sid:
                out.append('<a href="{}" title="{}">{}</a>'.format(
                    escape(datasette.urls.row(database, "sources", sid)), escape(known.get(sid, "")), escape(sid)))
        return Markup(", ".join(out))

    return links
