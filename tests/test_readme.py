"""Every example in the README that talks to the local site works as pasted: each `curl` line and
each Python block, run against the real server (the stack `make serve` runs), with only the address
changed to the test server's. A 0-byte file, an empty body, HTML where JSON or CSV was promised, or
a non-zero exit fails."""
from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SITE = "http://127.0.0.1:8001"
BLOCKS = re.findall(r"```(sh|python)\n(.*?)```", README, re.S)
CURLS = [line.strip() for lang, body in BLOCKS if lang == "sh" for line in body.splitlines()
         if line.strip().startswith("curl ") and SITE in line]
PYTHONS = [body for lang, body in BLOCKS if lang == "python" and SITE in body]


def test_the_readme_has_examples():
    assert len(CURLS) >= 8 and len(PYTHONS) >= 2


def _expect(url: str, body: bytes) -> None:
    path = url.split("?")[0]
    assert body.strip(), f"{url}: empty"
    if path.endswith(".json"):
        json.loads(body)
    elif path.endswith(".csv"):
        text = body.decode("utf-8")
        assert not text.lstrip().startswith("<") and "," in text.splitlines()[0], f"{url}: not CSV"
    elif path.endswith(".db"):
        assert body.startswith(b"SQLite format 3\0"), f"{url}: not a SQLite file"


@pytest.mark.skipif(not shutil.which("curl"), reason="curl is not installed")
@pytest.mark.parametrize("line", CURLS)
def test_curl_example_works_as_pasted(line, server, tmp_path):
    command = line.replace(SITE, server.url)
    r = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, timeout=60)
    assert r.returncode == 0, (line, r.stderr.decode())
    url = next(a for a in shlex.split(command) if a.startswith(server.url))
    args = shlex.split(command)
    if "-o" in args or "-O" in args:
        name = args[args.index("-o") + 1] if "-o" in args else url.split("?")[0].rsplit("/", 1)[-1]
        written = tmp_path / name
        assert written.exists() and written.stat().st_size > 0, f"{line}: wrote no file or 0 bytes"
        _expect(url, written.read_bytes())
    else:
        _expect(url, r.stdout)


@pytest.mark.parametrize("block", PYTHONS, ids=lambda b: b.strip().splitlines()[-1][:40])
def test_python_example_works_as_pasted(block, server, tmp_path):
    r = subprocess.run([sys.executable, "-c", block.replace(SITE, server.url)], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip(), "printed nothing"
