"""Build the real image from the Dockerfile and run it: `make container-test`.

No Docker engine here, so this uses Debian's buildah (build, run) and podman (import), with the vfs
storage driver and chroot isolation. Public base images can't be pulled, so a stand-in base is made
with debootstrap (Debian bookworm + python3 + venv) and passed as BASE_IMAGE; pip inside the build
uses this machine's CA bundle, mounted read-only.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, free_port

pytestmark = [pytest.mark.container, pytest.mark.timeout(3000)]

STORAGE = ["--storage-driver", "vfs"]
BASE = "localhost/centcom-base:bookworm"
IMAGE = "localhost/centcom:test"
CACHE = Path(os.environ.get("CENTCOM_BASE_CACHE", "/var/tmp/centcom-base"))
CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
MIRROR = os.environ.get("DEBIAN_MIRROR", "http://deb.debian.org/debian")


def run(*cmd, **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, text=True, **kw)


def have_base() -> bool:
    return subprocess.run(["podman", *STORAGE, "image", "exists", BASE]).returncode == 0


@pytest.fixture(scope="module")
def base_image():
    """A minimal Debian bookworm with python3 and venv, imported as BASE (made once, then reused)."""
    if have_base():
        return BASE
    rootfs = CACHE / "rootfs"
    if not (rootfs / "usr/bin/python3").exists():
        shutil.rmtree(rootfs, ignore_errors=True)
        rootfs.mkdir(parents=True)
        run("debootstrap", "--variant=minbase", "--include=python3,python3-venv,ca-certificates",
            "bookworm", str(rootfs), MIRROR)
    tar = subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
    run("podman", *STORAGE, "import", "--change", "CMD=/bin/bash", "-", BASE, stdin=tar.stdout)
    tar.wait()
    return BASE


@pytest.fixture(scope="module")
def image(base_image):
    started = time.monotonic()
    run("buildah", *STORAGE, "bud", "--isolation", "chroot", "--format", "docker", "--layers",
        "--build-arg", f"BASE_IMAGE={base_image}",
        "--build-arg", f"PIP_CERT={CA_BUNDLE}",
        "--volume", "/etc/ssl/certs:/etc/ssl/certs:ro",
        "-t", IMAGE, str(ROOT))
    print(f"image built in {time.monotonic() - started:.0f} s", flush=True)
    yield IMAGE
    # vfs stores every layer as a full copy: drop the intermediate images this run made
    subprocess.run(["podman", *STORAGE, "image", "prune", "-f"], capture_output=True)


def config(image) -> dict:
    out = run("buildah", *STORAGE, "inspect", "--type", "image", image, capture_output=True).stdout
    return json.loads(out)


@pytest.fixture(scope="module")
def container(image):
    """Runs the image's own CMD, as its own USER, with PORT set as a cloud host would."""
    cfg = config(image)["Docker"]["config"]
    port = free_port()
    name = run("buildah", *STORAGE, "from", image, capture_output=True).stdout.strip()
    env = [a for e in cfg["Env"] if not e.startswith("PORT=") for a in ("--env", e)]
    env += ["--env", f"PORT={port}"]
    proc = subprocess.Popen(["buildah", *STORAGE, "run", "--isolation", "chroot", "--user", cfg["User"],
                             "--workingdir", cfg["WorkingDir"], *env, name, "--", *cfg["Cmd"]],
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/-/health.json", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("container did not start")
                time.sleep(0.3)
        yield {"url": url, "config": cfg, "proc": proc, "name": name, "port": port}
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(15)
        except ProcessLookupError:
            pass  # already stopped (test_the_container_stops_when_uvicorn_dies)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        subprocess.run(["buildah", *STORAGE, "rm", name])


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, r.headers, r.read()


def test_image_config(image):
    cfg = config(image)
    docker = cfg["Docker"]["config"]
    assert docker["User"] not in ("", "0", "root", "0:0")
    assert docker["Cmd"] == ["python", "front/run.py"]
    assert "PORT=8001" in docker["Env"] and "HOST=0.0.0.0" in docker["Env"]
    assert docker.get("Healthcheck", {}).get("Test"), "HEALTHCHECK missing"
    assert "8001/tcp" in docker.get("ExposedPorts", {})
    size = int(run("podman", *STORAGE, "image", "inspect", "--format", "{{.Size}}", image,
                   capture_output=True).stdout.strip())
    print(f"IMAGE SIZE: {size / 1e6:.1f} MB ({image})", flush=True)
    assert size < 600e6


def test_serves_the_real_data(container):
    url = container["url"]
    status, _, body = get(url + "/-/versions.json")
    assert status == 200 and json.loads(body)["datasette"]["version"].startswith("0.65")
    status, headers, body = get(url + "/centcom/tallies.json?period_start=2023-07-01&period_end=2023-07-31"
                                "&country=Total&_shape=array")
    assert status == 200 and json.loads(body)[0]["operations"] == 31
    assert "max-age" in headers["Cache-Control"]
    status, headers, body = get(url + "/centcom/figure_provenance.csv?measure=operations&country=Total")
    assert status == 200 and b"20230809-01" in body
    assert headers["Content-Type"].startswith("text/plain")
    status, _, body = get(url + "/-/dashboards/overview")
    assert status == 200 and b"dashboard-card" in body
    status, _, body = get(url + "/-/health.json")  # both processes answer
    assert status == 200 and json.loads(body) == {"pages": "ok", "sql": "ok"}
    status, _, body = get(url + "/centcom.json?%73ql=select+count(*)+from+figures&_shape=array")
    assert status == 200 and json.loads(body)[0]["count(*)"] > 300


def container_pids(container, pattern: str) -> list[str]:
    return subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True).stdout.split()


def test_runs_as_non_root(container):
    # chroot isolation: the server is a process on this host; read its real uid.
    pids = [p for pattern in ("serve.py", "nginx", "supervisord") for p in container_pids(container, pattern)]
    uids = set()
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            continue
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"PORT={container['port']}".encode() in environ:
            uids.add(int(next(l for l in status.splitlines() if l.startswith("Uid:")).split()[1]))
    assert uids and 0 not in uids, uids


def test_nginx_fronts_the_container(container):
    status, headers, _ = get(container["url"] + "/-/versions.json")
    assert headers["Server"] == "nginx" and headers["X-Content-Type-Options"] == "nosniff"
    status, headers, _ = get(container["url"] + "/-/versions.json")
    assert headers["X-Cache"] == "HIT"


def test_the_container_stops_when_the_pages_process_dies(container):
    """Runs last: supervisord stops nginx and the SQL process too, and the container's main process exits."""
    victims = [p for p in container_pids(container, "serve.py pages")
               if f"PORT={container['port']}".encode() in Path(f"/proc/{p}/environ").read_bytes()]
    assert victims
    os.kill(int(victims[0]), signal.SIGKILL)
    container["proc"].wait(30)
    with pytest.raises(OSError):
        urllib.request.urlopen(container["url"] + "/-/versions.json", timeout=3)


def test_bad_csv_fails_the_image_build(base_image, tmp_path):
    ctx = tmp_path / "ctx"
    shutil.copytree(ROOT, ctx, ignore=shutil.ignore_patterns(".venv*", ".git", "test-artifacts", "*.db", "__pycache__"))
    figures = ctx / "data" / "figures.csv"
    figures.write_text(figures.read_text().replace(",Total,operations,31,", ",Total,operations,thirty-one,", 1))
    result = subprocess.run(
        ["buildah", *STORAGE, "bud", "--isolation", "chroot", "--format", "docker", "--layers",
         "--build-arg", f"BASE_IMAGE={base_image}", "--build-arg", f"PIP_CERT={CA_BUNDLE}",
         "--volume", "/etc/ssl/certs:/etc/ssl/certs:ro", "-t", "localhost/centcom:broken", str(ctx)],
        capture_output=True, text=True)
    assert result.returncode != 0
    assert "figures.csv" in result.stdout + result.stderr and "whole number" in result.stdout + result.stderr
