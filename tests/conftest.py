"""Shared fixtures: the real database built from the real CSVs, the real Datasette in-process (the
pages process and the SQL process, as serve.py configures them), and the real site as `make serve`
runs it (front/run.py: nginx on 127.0.0.1 in front of both processes on Unix sockets, under
supervisord) for the browser and abuse tests."""
from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_db  # noqa: E402
import serve  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts"
# Fixtures that start the real site: a test that uses one is marked `front` (not in `make test-fast`).
FRONT_FIXTURES = {"server", "strict_server", "two_releases"}


def pytest_collection_modifyitems(items):
    for item in items:
        if FRONT_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.front)


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """centcom.db built from data/ by the same code `make build` runs."""
    db = tmp_path_factory.mktemp("site") / "centcom.db"
    build_db.build_atomically(build_db.DATA_DIR, db)
    return db


@pytest.fixture(scope="session")
def ds(built_db):
    """The pages process's Datasette (no visitor SQL)."""
    return serve.make_datasette(built_db, "pages")


@pytest.fixture(scope="session")
def sql_ds(built_db):
    """The SQL process's Datasette (visitor SQL and the dashboards)."""
    return serve.make_datasette(built_db, "sql")


# Which process nginx sends a request to (front/nginx.conf.template's $backend), for the in-process
# client; tests/test_gates.py checks the real nginx against the same cases.
VISITOR_SQL = re.compile(r"(?:^|&)(?:(?:sql|_where)=|[^=&]*%)")


def backend(path: str) -> str:
    route, _, query = path.partition("?")
    if VISITOR_SQL.search(query) or re.match(r"^/-/dashboards(?:/|$)", route):
        return "sql"
    return "pages"


class Client:
    """Datasette's in-process clients, one per process, picked as nginx picks them."""

    def __init__(self, pages, sql):
        self.processes = {"pages": pages, "sql": sql}

    @property
    def ds(self):
        return self.processes["pages"]

    async def get(self, path, params=None, **kw):
        if params:
            path += ("&" if "?" in path else "?") + urllib.parse.urlencode(params)
        kw.setdefault("follow_redirects", True)
        return await self.processes[backend(path)].client.get(path, **kw)


@pytest.fixture(scope="session")
async def client(ds, sql_ds):
    await ds.invoke_startup()
    await sql_ds.invoke_startup()
    return Client(ds, sql_ds)


@pytest.fixture(scope="session")
def route() -> str:
    """The database's URL segment (stable: the same for every release)."""
    return "centcom"


def get(port: int, target: str, source: str = "127.0.0.1", headers: dict | None = None, timeout: float = 30):
    """GET with the request target sent exactly as given (no client-side normalisation), from a
    chosen loopback address: (status, headers with lower-case names, body, seconds)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    started = time.monotonic()
    conn.putrequest("GET", target, skip_accept_encoding=True)
    for k, v in (headers or {}).items():
        conn.putheader(k, v)
    conn.endheaders()
    r = conn.getresponse()
    body = r.read()
    conn.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, body, time.monotonic() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """front/run.py on a free port of 127.0.0.1 (or the given one); stopping it (by its own process
    id) stops nginx and both Datasette processes, and run.py removes its run directory."""

    def __init__(self, db: Path, env: dict | None = None, port: int | None = None, run_dir: Path | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.run_dir = run_dir or Path(tempfile.gettempdir()) / f"centcom-test-{self.port}"
        self.log = db.parent / f"server-{self.port}.log"
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "front" / "run.py")],
            env={**os.environ, "CENTCOM_DB": str(db), "PORT": str(self.port), "HOST": "127.0.0.1",
                 "CENTCOM_RUN_DIR": str(self.run_dir), **(env or {})},
            stdout=self.log.open("w"), stderr=subprocess.STDOUT, cwd=ROOT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/-/health.json", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not start: {self.log.read_text()}")

    def pids(self, name: str) -> list[int]:
        """Process ids of this server's nginx or Datasette ("serve.py pages", "serve.py sql") processes."""
        out = subprocess.run(["pgrep", "-f", name], capture_output=True, text=True).stdout.split()
        mine = []
        for pid in map(int, out):
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                env = Path(f"/proc/{pid}/environ").read_bytes()
            except OSError:
                continue
            if str(self.run_dir).encode() in cmd + env:
                mine.append(pid)
        return mine

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


# The whole test suite is one client (127.0.0.1) hammering the site on purpose, so the shared
# server lifts the per-client request rates; `strict_server` runs the defaults and tests them.
TEST_LIMITS = {"CENTCOM_RATE": "100000", "CENTCOM_BURST": "100000", "CENTCOM_SQL_RATE": "100000",
               "CENTCOM_SQL_BURST": "100000", "CENTCOM_CONN_PER_CLIENT": "512",
               "CENTCOM_TCP_PER_CLIENT": "2048"}


@pytest.fixture(scope="session")
def server(built_db):
    s = Server(built_db, TEST_LIMITS)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def strict_server(built_db):
    """The site with the per-client limits `make serve` and the container use."""
    s = Server(built_db)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A scratch copy of data/ for tests that break it on purpose."""
    dst = tmp_path / "data"
    shutil.copytree(build_db.DATA_DIR, dst)
    return dst
