#!/bin/sh
# Starts Datasette on a free loopback port over a freshly ingested knowledge base, reads the
# "relations_of_state" canned query as JSON, checks it, and stops the server. Run by `make test`.
#   scripts/datasette-test.sh KB_BINARY VENV
set -eu
kb="$1"; venv="$2"
dir="$(mktemp -d)"; trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT; pid=""
"$kb" ingest --db "$dir/kb.sqlite" >/dev/null
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$venv/bin/datasette" serve "$dir/kb.sqlite" -m datasette/metadata.json -h 127.0.0.1 -p "$port" >"$dir/log" 2>&1 &
pid=$!
python3 - "$port" <<'PY'
import json, sys, time, urllib.request
port = sys.argv[1]
base = f"http://127.0.0.1:{port}"
for _ in range(100):
    try:
        urllib.request.urlopen(base + "/-/versions.json", timeout=1); break
    except Exception:
        time.sleep(0.2)
rows = json.load(urllib.request.urlopen(base + "/kb/relations_of_state.json?name=Armenia&_shape=array", timeout=10))
assert any(r["object"] == "Azerbaijan" or r["subject"] == "Azerbaijan" for r in rows), rows
assert any(r["predicate"] == "left" and r["polarity"] == "negated" for r in rows), rows
search = json.load(urllib.request.urlopen(base + "/kb/passages.json?_search=armenie&_shape=array", timeout=10))
assert search and all("Arméni" in r["text"] or "arméni" in r["text"] for r in search), search[:2]
labels = json.load(urllib.request.urlopen(base + "/kb/mentions.json?_shape=array&_labels=on&_size=1", timeout=10))
assert isinstance(labels[0]["entity_id"], dict) and "label" in labels[0]["entity_id"], labels
print(f"datasette: canned query relations_of_state gave {len(rows)} rows for Armenia; search armenie {len(search)} sentences; labels on")
PY
