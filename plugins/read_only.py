"""Read-only by design: whatever else is configured, nothing can write.

* No write permission is granted to anyone (the insert, update, delete, create, alter and drop
  actions and write SQL are denied; the database is also opened immutable, and no canned query
  writes). nginx answers every method other than GET, HEAD and OPTIONS with 405.
* SQLite itself refuses writes: every connection to the served database has an authorizer that
  allows only reads, only the SQL functions in FUNCTIONS (no fts3_tokenizer(), load_extension()),
  and no internal tables (sqlite_stmt shows other visitors' queries, sqlite_dbpage the raw file,
  pragma database_list the file's path); and limits (LIMITS) that bound one value (1 MB, or the
  smaller size serve.ROLES gives the process that runs visitor SQL), one SQL text to 100 kB, result
  width, LIKE patterns and expression depth, and forbid ATTACH.
"""
import sqlite3

import sqlfunctions
from datasette import hookimpl

WRITE_ACTIONS = {
    "insert-row", "delete-row", "update-row", "create-table", "alter-table", "drop-table",
    "execute-write-sql", "create-view",
}
READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                sqlite3.SQLITE_RECURSIVE}
# pragmas that only read, also when given an argument (pragma table_info(x)); not database_list,
# which shows the file's path
READ_PRAGMAS = {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                "foreign_key_list", "foreign_key_check", "collation_list",
                "function_list", "module_list", "pragma_list", "compile_options", "integrity_check",
                "quick_check"}
# Table-valued functions and virtual tables that are not data: what other connections run, raw
# pages of the file, page statistics.
HIDDEN_TABLES = {"sqlite_stmt", "sqlite_dbpage", "dbstat", "fts3tokenize", "fsdir", "zipfile"}
# The SQL functions anyone may call (an allow-list: a new SQLite build brings no new surprise).
# Not here: fts3_tokenizer (returns a library address), load_extension, sqlite_log, fts5 (a
# pointer), the rtree* debugging functions.
FUNCTIONS = set("""
    -> ->> abs acos acosh asin asinh atan atan2 atanh avg bm25 ceil ceiling changes char coalesce
    concat concat_ws cos cosh count cume_dist current_date current_time current_timestamp date
    datetime degrees dense_rank exp first_value floor format fts5_source_id glob group_concat
    hex highlight ifnull iif instr json json_array json_array_length json_extract json_group_array
    json_group_object json_insert json_object json_patch json_quote json_remove json_replace
    json_set json_type json_valid julianday lag last_insert_rowid last_value lead length like
    likelihood likely ln log log10 log2 lower ltrim match matchinfo max min mod nth_value ntile
    nullif octet_length offsets percent_rank pi pow power printf quote radians random randomblob
    rank replace round row_number rtrim sign sin sinh snippet soundex sqlite_compileoption_get
    sqlite_compileoption_used sqlite_source_id sqlite_version sqrt strftime string_agg substr
    substring subtype sum tan tanh time timediff total total_changes trim trunc typeof unhex
    unicode unixepoch unlikely upper zeroblob escape_fts
""".split()) | set(sqlfunctions.NAMES)
LIMITS = {sqlite3.SQLITE_LIMIT_LENGTH: 1_000_000, sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
          sqlite3.SQLITE_LIMIT_ATTACHED: 0, sqlite3.SQLITE_LIMIT_COLUMN: 500,
          sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1000, sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
          sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50, sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 100}


def read_only_authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_OK if arg2.lower() in FUNCTIONS else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ:
        name = (arg1 or "").lower()
        if name in HIDDEN_TABLES or (name.startswith("pragma_") and name[7:] not in READ_PRAGMAS):
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK
    if action in READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg2 is None or arg1.lower() in READ_PRAGMAS):
        return sqlite3.SQLITE_OK  # reading a pragma, not setting one
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # SQLite asks this when it connects a virtual table (FTS5, pragma_table_info()); a real
        # UPDATE of sqlite_master would also need writable_schema, which is refused above.
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


@hookimpl
def prepare_connection(conn, database, datasette):
    if database.startswith("_"):  # Datasette's own in-memory _internal database
        return
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    # this process's largest value (serve.ROLES: smaller where visitors write the SQL)
    config = datasette.plugin_config("centcom") or {}
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, config.get("max_value_bytes", LIMITS[sqlite3.SQLITE_LIMIT_LENGTH]))
    conn.set_authorizer(read_only_authorizer)


@hookimpl
def permission_allowed(action):
    if action in WRITE_ACTIONS:
        return False
    return None
