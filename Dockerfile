# The dataset as one stateless, read-only container: the database is built from data/
# while the image is built (a bad CSV fails the build) and never written afterwards.
#
#   docker build -t centcom .            (or: buildah bud --format docker -t centcom .)
#   docker run -p 8001:8001 centcom      -> http://127.0.0.1:8001
#
# BASE_IMAGE lets the same file build on a stand-in base where the public one can't be
# pulled (see tests/test_container.py); it needs python3 with venv, on Debian.
ARG BASE_IMAGE=python:3.11-slim-bookworm

FROM ${BASE_IMAGE} AS build
# Where pip must trust an intercepting proxy's CA, pass its bundle path (and mount it).
ARG PIP_CERT=
ENV PIP_CERT=${PIP_CERT} \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY pyproject.toml constraints.txt ./
# Runtime dependencies only: the pins in pyproject.toml, every transitive one from constraints.txt.
RUN python3 -m venv /venv \
 && /venv/bin/python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' > /tmp/requirements.txt \
 && /venv/bin/pip install --no-compile -c constraints.txt -r /tmp/requirements.txt \
 && /venv/bin/pip uninstall -y pip setuptools \
 && rm -rf /tmp/requirements.txt /root/.cache
COPY build_db.py validate.py evidence.py schema.py sqlfunctions.py serve.py patches.py metadata.yml ./
COPY derived/ derived/
COPY front/ front/
COPY data/ data/
COPY plugins/ plugins/
COPY templates/ templates/
COPY static/ static/
COPY docs/data.md docs/searched-2026.md docs/changelog.json docs/
# Validate and build centcom.db and the files served beside it (metadata, inspect data, /about),
# then precompile bytecode (faster cold start, and the runtime user cannot write it).
RUN /venv/bin/python build_db.py \
 && /venv/bin/python -m compileall -q -j 0 /venv /app

FROM ${BASE_IMAGE}
# nginx faces the network (front/nginx.conf.template, with its stream module); supervisord (from the
# venv) runs it and the two Datasette processes.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light libnginx-mod-stream \
 && rm -rf /var/lib/apt/lists/* /var/log/nginx /etc/nginx/sites-enabled/default
RUN useradd --system --uid 10001 --user-group --no-create-home --home-dir /app --shell /usr/sbin/nologin app
COPY --from=build /venv /venv
COPY --from=build --chown=root:root /app /app
WORKDIR /app
USER 10001:10001
ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8001
EXPOSE 8001
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/-/health.json' % os.environ.get('PORT', '8001'), timeout=4)"]
# front/run.py lays out /tmp/centcom-$PORT and runs supervisord: nginx on $PORT, the pages and SQL
# processes on Unix sockets. If nginx or the pages process exits (or supervisord), the container stops.
CMD ["python", "front/run.py"]
