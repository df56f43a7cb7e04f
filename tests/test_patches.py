"""patches.py changes Datasette's internals: each patch is checked here against the installed
Datasette, and the whole module is tied to the version it was measured on. When Datasette is
upgraded the first test fails: revisit each patch in patches.py (is it still needed? does what it
replaces still exist?), then update patches.DATASETTE."""
import datasette
import pytest
from datasette.plugins import pm

import patches


def test_patches_were_measured_on_the_installed_datasette():
    assert datasette.__version__ == patches.DATASETTE, (
        f"Datasette {datasette.__version__} is installed; patches.py was measured on {patches.DATASETTE}: "
        "revisit every patch there")


@pytest.fixture(scope="module")
def patched(built_db):
    import serve

    return serve.make_datasette(built_db, "pages")


def test_rich_tracebacks_are_off(patched):
    from datasette import handle_exception

    assert handle_exception.rich is None


def test_csv_cells_are_neutralised_where_datasette_writes_them(patched):
    import io

    import datasette.views.base

    buf = io.StringIO()
    datasette.views.base.csv.writer(buf).writerow(["=1+1", "-2", "ok", 3])
    assert buf.getvalue().strip() == "'=1+1,'-2,ok,3"


def test_the_markdown_cell_hook_is_gone_and_its_template_function_stays(patched):
    plugin = pm.get_plugin("render_markdown")
    assert plugin is not None and not hasattr(plugin, "render_cell")
    assert hasattr(plugin, "extra_template_vars")


def test_sql_threads_clear_failed_frames(patched):
    assert isinstance(patched.executor, patches.SQLExecutor)
    assert patched.executor._max_workers == patched.setting("num_sql_threads")


async def test_permission_answers_are_computed_once(patched):
    assert hasattr(patched._table_permission_allows, "cache_info")
    before = patched._table_permission_allows.cache_info().hits
    for _ in range(3):
        patched._table_permission_allows("centcom", "figures")
    assert patched._table_permission_allows.cache_info().hits >= before + 2
    assert await patched.permission_allowed(None, "view-table", ("centcom", "figures"), default=True) is True
    assert await patched.permission_allowed(None, "execute-sql", "centcom", default=True) is False  # pages: no visitor SQL
