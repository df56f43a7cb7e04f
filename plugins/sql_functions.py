"""The derived tables' SQL functions (sqlfunctions.py) on every connection the site opens, so
the SQL shown on a derived table's page, and the canned queries, run as written."""
from datasette import hookimpl

import sqlfunctions


@hookimpl
def prepare_connection(conn):
    sqlfunctions.register(conn)
