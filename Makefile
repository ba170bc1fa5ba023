# kb — the contract: make, make install, make ingest, make test, make clean.
PREFIX ?= /usr/local
SWIFT  ?= swift
DB     ?= kb.sqlite
# Root installs directly; anyone else goes through sudo when the prefix is not writable.
SUDO   := $(shell [ "$$(id -u)" = 0 ] || [ -w "$(PREFIX)" ] || echo sudo)

VENV   ?= .venv-datasette
PORT   ?= 8001

.PHONY: all build deps install ingest test clean datasette datasette-env

all: build

# What a fresh Debian machine with Swift lacks: the SQLite headers GRDB builds against.
deps:
	@dpkg -s libsqlite3-dev >/dev/null 2>&1 || { \
	  echo "installing libsqlite3-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev sqlite3; }
	@d="$$(mktemp -d)"; python3 -m venv "$$d/v" >/dev/null 2>&1; ok=$$?; rm -rf "$$d"; [ $$ok = 0 ] || { \
	  echo "installing python3-venv (for Datasette)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }

build: deps
	$(SWIFT) build -c release --product kb

# kb finds its schema and data in $(PREFIX)/share/kb, beside $(PREFIX)/bin.
install: build
	$(SUDO) install -d "$(PREFIX)/bin" "$(PREFIX)/share/kb"
	$(SUDO) install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/kb" "$(PREFIX)/bin/kb"
	$(SUDO) rm -rf "$(PREFIX)/share/kb/schema" "$(PREFIX)/share/kb/data"
	$(SUDO) cp -R schema data "$(PREFIX)/share/kb/"

ingest: install
	"$(PREFIX)/bin/kb" ingest --db "$(DB)"
	@echo
	"$(PREFIX)/bin/kb" relations Armenia --db "$(DB)"

# After the tests, the measured quality against eval/annotation/ (kb eval), so that every change to a
# lexicon shows what it gained and lost.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@bin="$$($(SWIFT) build --show-bin-path)"; rm -f "$$bin/eval.sqlite" "$$bin/eval.sqlite-wal" "$$bin/eval.sqlite-shm"; \
	  "$$bin/kb" ingest --db "$$bin/eval.sqlite" >/dev/null && echo && echo "kb eval (eval/annotation/, pages 5-8):" && \
	  "$$bin/kb" eval --db "$$bin/eval.sqlite" | sed -n '1,/^$$/p'
	@if $(MAKE) --no-print-directory datasette-env; then \
	  scripts/datasette-test.sh "$$($(SWIFT) build --show-bin-path)/kb" "$(VENV)"; \
	else echo "datasette: not tested — it could not be installed from PyPI (offline?)"; fi

# Datasette from PyPI, in a virtual environment of the project's own.
datasette-env:
	@[ -x "$(VENV)/bin/datasette" ] || { python3 -m venv "$(VENV)" && "$(VENV)/bin/pip" install -q --disable-pip-version-check 'datasette>=0.64,<1'; }

# Serves ./kb.sqlite (make ingest first) on http://127.0.0.1:$(PORT) with labels, search and canned queries.
datasette: datasette-env
	@[ -f "$(DB)" ] || { echo "no $(DB): run make ingest first"; exit 1; }
	"$(VENV)/bin/datasette" serve "$(DB)" -m datasette/metadata.json -h 127.0.0.1 -p $(PORT)

clean:
	$(SWIFT) package clean
	rm -rf .build "$(VENV)" "$(DB)" "$(DB)-wal" "$(DB)-shm"
