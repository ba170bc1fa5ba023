# kb — the contract: make, make install, make ingest, make test, make clean.
PREFIX ?= /usr/local
SWIFT  ?= swift
DB     ?= kb.sqlite
# Root installs directly; anyone else goes through sudo when the prefix is not writable.
SUDO   := $(shell [ "$$(id -u)" = 0 ] || [ -w "$(PREFIX)" ] || echo sudo)

VENV   ?= .venv-datasette
PORT   ?= 8001

.PHONY: all build deps install ingest test clean datasette datasette-env fuzz bench articles

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
	  "$$bin/kb" eval --db "$$bin/eval.sqlite" | sed -n '1,/^$$/p' && \
	  echo "kb eval, all three annotations (pages 2-4 and 9-12 written blind by helpers, then used for development):" && \
	  "$$bin/kb" eval --db "$$bin/eval.sqlite" eval/annotation-p2-4 eval/annotation eval/annotation-p9-12 | sed -n '1,/^$$/p'
	@$(MAKE) --no-print-directory articles KB="$$($(SWIFT) build --show-bin-path)/kb"
	@if $(MAKE) --no-print-directory datasette-env; then \
	  scripts/datasette-test.sh "$$($(SWIFT) build --show-bin-path)/kb" "$(VENV)"; \
	else echo "datasette: not tested — it could not be installed from PyPI (offline?)"; fi

# How kb's rules carry over to texts it was not built on: fourteen articles (eval/articles/, English and
# French), each ingested with its date, scored against their gold relations and events; then eight more
# (eval/heldout/) written blind and since used for development, and forty-eight (eval/heldout2/ to
# eval/heldout7/) kept out of it.
KB ?= $$($(SWIFT) build -c release --show-bin-path)/kb
ARTICLES_DB ?= /tmp/kb-articles.sqlite
HELDOUT_DB ?= /tmp/kb-heldout.sqlite
HELDOUT2_DB ?= /tmp/kb-heldout2.sqlite
HELDOUT3_DB ?= /tmp/kb-heldout3.sqlite
HELDOUT4_DB ?= /tmp/kb-heldout4.sqlite
HELDOUT5_DB ?= /tmp/kb-heldout5.sqlite
HELDOUT6_DB ?= /tmp/kb-heldout6.sqlite
HELDOUT7_DB ?= /tmp/kb-heldout7.sqlite
# $(call score_set,DIR,DB,LABEL): ingest each article of DIR with its date (DIR/dates.tsv) into a fresh DB, then score
# it against DIR's gold relations and events. (LABEL has no comma: make would split it.)
define score_set
	@rm -f "$(2)" "$(2)-wal" "$(2)-shm"
	@tail -n +2 $(1)/dates.tsv | while IFS="$$(printf '\t')" read -r file date note; do \
	  "$(KB)" ingest "$(1)/$$file" --date "$$date" --db "$(2)" >/dev/null || exit 1; done
	@echo; echo "$(3) ($(1)/):"
	@if command -v python3 >/dev/null; then python3 eval/articles/score.py "$(2)" --kb "$(KB)" --gold $(1); fi
endef
articles:
	@[ -x "$(KB)" ] || $(SWIFT) build -c release --product kb
	@rm -f "$(ARTICLES_DB)" "$(ARTICLES_DB)-wal" "$(ARTICLES_DB)-shm"
	@tail -n +2 eval/articles/dates.tsv | while IFS="$$(printf '\t')" read -r file date note; do \
	  "$(KB)" ingest "eval/articles/$$file" --date "$$date" --db "$(ARTICLES_DB)" >/dev/null || exit 1; done
	@echo; echo "articles kb was not built on (eval/articles/):"
	@if command -v python3 >/dev/null; then python3 eval/articles/score.py "$(ARTICLES_DB)" --kb "$(KB)"; \
	  else echo "python3 is not installed: kb sql --db $(ARTICLES_DB) shows what was extracted"; fi
	$(call score_set,eval/heldout,$(HELDOUT_DB),articles written blind by a helper and then used for development)
	$(call score_set,eval/heldout2,$(HELDOUT2_DB),articles written blind and kept out of development)
	$(call score_set,eval/heldout3,$(HELDOUT3_DB),articles written blind and whose misses were never read)
	$(call score_set,eval/heldout4,$(HELDOUT4_DB),articles written blind and whose misses were never read)
	$(call score_set,eval/heldout5,$(HELDOUT5_DB),articles written blind and whose misses were never read)
	$(call score_set,eval/heldout6,$(HELDOUT6_DB),articles written blind and whose misses were never read)
	$(call score_set,eval/heldout7,$(HELDOUT7_DB),articles written blind and whose misses were never read)

# Ingest speed, peak memory, database size and query latencies on corpora of BENCH_SIZES reports made
# from the bundled one (release build); the figures go to bench-results.json. A 1,000-report run takes
# minutes: make bench BENCH_SIZES=1,100 for a quick one.
BENCH_SIZES ?= 1,100,1000
bench: deps
	$(SWIFT) build -c release --product kb
	$(SWIFT) build -c release --product kb-bench
	"$$($(SWIFT) build -c release --show-bin-path)/kb-bench" --sizes $(BENCH_SIZES)

# libFuzzer on the report parser and the date parser, FUZZ_SECONDS each (make fuzz FUZZ_SECONDS=3600
# for longer). New inputs go to .build/fuzz-corpus/, crashes to .build/fuzz-crashes/; a fixed crash is
# kept in Tests/Fuzz/<target>/, which make test replays.
FUZZ_SECONDS ?= 60
FUZZ_BUILD   = $(SWIFT) build -c release --build-path .build/fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
fuzz: deps
	$(FUZZ_BUILD) --product fuzz-report
	$(FUZZ_BUILD) --product fuzz-dates
	@mkdir -p .build/fuzz-crashes
	@for t in report dates; do \
	  mkdir -p .build/fuzz-corpus/$$t; \
	  echo "fuzz-$$t: $(FUZZ_SECONDS) s (log in .build/fuzz-$$t.log)"; \
	  if .build/fuzz/release/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=.build/fuzz-crashes/$$t- \
	       .build/fuzz-corpus/$$t Tests/Fuzz/$$t >.build/fuzz-$$t.log 2>&1; then \
	    grep -E '^Done' .build/fuzz-$$t.log; \
	  else \
	    grep -E 'Precondition|Fatal error|ERROR|SUMMARY|Test unit written' .build/fuzz-$$t.log; \
	    echo "fuzz-$$t crashed: replay with swift build --product fuzz-$$t && .build/debug/fuzz-$$t FILE"; exit 1; \
	  fi; \
	done

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
