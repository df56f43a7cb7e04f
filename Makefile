# Two commands do everything on a fresh machine:
#   make serve   build centcom.db from data/ and serve it on http://127.0.0.1:8001
#   make test    every test: data, build, site, browser, abuse, and the container image
# Both create .venv and install what they need (Debian packages via apt-get when missing):
# `make serve` only what serving needs, `make test` the test tools as well.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DB     := centcom.db
# Debian packages: the front (nginx, in `make serve` and every server test), a real browser for
# the tests, the container tool chain, and the benchmark tools.
APT_FRONT     := nginx-light libnginx-mod-stream
APT_TEST      := $(APT_FRONT) chromium fonts-dejavu-core
APT_CONTAINER := podman buildah debootstrap
APT_BENCH     := $(APT_FRONT) wrk hyperfine

.PHONY: serve build check sort changelog test test-fast test-python container-test bench load clean system-deps watch propose
RUNTIME := $(VENV)/.installed
TESTING := $(VENV)/.installed-test

serve: build  ## nginx on $(HOST):$(PORT) (default 127.0.0.1:8001) in front of uvicorn, see front/
	@$(MAKE) --no-print-directory system-deps PKGS="$(APT_FRONT)"
	$(PY) front/run.py

build: $(DB)

$(DB): $(RUNTIME) build_db.py validate.py evidence.py schema.py serve.py sqlfunctions.py metadata.yml docs/data.md docs/searched-2026.md data/*.csv data/datapackage.json derived/*.sql
	$(PY) build_db.py

check: $(RUNTIME)  ## validate the CSVs, write nothing
	$(PY) build_db.py --check

sort: $(RUNTIME)  ## rewrite the CSVs in canonical row order
	$(PY) build_db.py --sort

changelog: $(TESTING)  ## regenerate docs/changelog.json from the CSVs of each release (needs git history)
	$(PY) changelog.py

test: test-python container-test

# For every change: the data, the build and the site in-process (no nginx, no browser, no image).
test-fast: $(TESTING)
	$(PY) -m pytest -m 'not front and not browser and not container'

test-python: $(TESTING)
	@$(MAKE) --no-print-directory system-deps PKGS="$(APT_TEST)"
	$(PY) -m pytest -m 'not container'

container-test: $(TESTING)
	@$(MAKE) --no-print-directory system-deps PKGS="$(APT_CONTAINER)"
	$(PY) -m pytest -m container -s tests/test_container.py

bench: $(TESTING)
	@$(MAKE) --no-print-directory system-deps PKGS="$(APT_BENCH)"
	$(PY) bench/bench.py

load: $(TESTING)
	@$(MAKE) --no-print-directory system-deps PKGS="$(APT_BENCH)"
	$(PY) bench/load.py

# Proposed figures for review, never written into data/ (README, "Adding a new release").
watch: $(RUNTIME)  ## propose figures for a feed's new items about ISIS: make watch FEED=<url or file>
	$(PY) watch.py "$(FEED)"

propose: $(RUNTIME)  ## propose figures from one text: make propose FILE=<text or html> PUBLISHED=YYYY-MM-DD [SOURCE_ID=id]
	$(PY) propose.py "$(FILE)" --published "$(PUBLISHED)" --source-id "$(SOURCE_ID)"

# The virtual environment: pinned direct dependencies from pyproject.toml, every transitive one
# pinned by constraints.txt. Serving needs [project] dependencies only; the tests add [test].
$(RUNTIME): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"]))' > $(VENV)/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -r $(VENV)/requirements.txt
	touch $@

$(TESTING): $(RUNTIME)
	$(PY) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["optional-dependencies"]["test"]))' > $(VENV)/requirements-test.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -r $(VENV)/requirements-test.txt
	touch $@

# Installs the Debian packages named in PKGS that are missing (root, or sudo).
system-deps:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

clean:
	rm -rf $(VENV) $(DB) centcom.*.json centcom.about.html .pytest_cache test-artifacts
