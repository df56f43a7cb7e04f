"""Shared fixtures: the real database built from the real CSVs, the real Datasette in-process,
and the real server (python serve.py) on 127.0.0.1 for the browser and abuse tests."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_db  # noqa: E402
import serve  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """centcom.db built from data/ by the same code `make build` runs."""
    db = tmp_path_factory.mktemp("site") / "centcom.db"
    build_db.build_atomically(build_db.DATA_DIR, db)
    return db


@pytest.fixture(scope="session")
def ds(built_db):
    return serve.make_datasette(built_db)


class Client:
    """Datasette's in-process client, following redirects like a browser: with
    datasette-hashed-urls, /centcom/... redirects to /centcom-<hash>/..."""

    def __init__(self, ds):
        self.ds = ds

    async def get(self, path, **kw):
        kw.setdefault("follow_redirects", True)
        return await self.ds.client.get(path, **kw)


@pytest.fixture(scope="session")
async def client(ds):
    await ds.invoke_startup()
    return Client(ds)


@pytest.fixture(scope="session")
def route(ds) -> str:
    """The database's URL segment: centcom-<first 7 characters of its hash>."""
    return "centcom-" + ds.get_database("centcom").hash[:7]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db: Path, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = db.parent / f"server-{self.port}.log"
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "serve.py")],
            env={**os.environ, "CENTCOM_DB": str(db), "PORT": str(self.port),
                 "HOST": "127.0.0.1", **(env or {})},
            stdout=self.log.open("w"), stderr=subprocess.STDOUT, cwd=ROOT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not start: {self.log.read_text()}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture(scope="session")
def server(built_db):
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
