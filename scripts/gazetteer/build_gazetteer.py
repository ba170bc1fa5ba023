#!/usr/bin/env python3
"""Build kb's gazetteer of states and organizations from vendored open data.

Run it from anywhere (Python 3.11 standard library + PyYAML):

    python3 scripts/gazetteer/build_gazetteer.py                 # default paths
    python3 scripts/gazetteer/build_gazetteer.py --vendor DIR    # vendor data elsewhere
    python3 scripts/gazetteer/build_gazetteer.py --check         # rebuild in memory, compare, write nothing

Defaults: --vendor is ``../shared/data/vendor`` relative to the repository root (the directory two
levels above this script); --out is ``data/gazetteer`` in the repository.

Reads (under --vendor; see data/SOURCES.md for licenses and attribution):
    mledoze-countries/countries.json                  states, ISO codes, EN/FR names, demonyms, capitals (EN)
    natural-earth-capitals/ne_10m_admin0_capitals.csv capitals: French names, Wikidata QIDs
    owid-countries-regions/countries_regions.csv      Wikidata QID and COW code per ISO alpha-3
    cow-country-codes/COW-country-codes.csv           cross-check of COW numeric codes
    prolex-payscapitales/Prolex-PaysCapitales.utf8.dic plural forms of French demonyms
    supraverden/general_list.yaml                     organization names, acronyms, QIDs
and, kept in the project (scripts/gazetteer/iso-codes/, made by extract_iso_codes.py from Debian's
iso-codes): iso_3166-1-fr.tsv, the ISO 3166-1 French short names (iso_name_fr)
and the reviewed hand-made file (under --out):
    states-overrides.tsv   iso3, field, value, note: corrections applied to the generated rows

Writes (under --out), deterministic, sorted by key, UTF-8, LF, header first, no comment lines:
    states.tsv          one row per state: UN members, UN observers, and Kosovo/Taiwan (status column)
    organizations.tsv   the organizations listed in ORG_SPEC below (names from supraverden when present)

It also validates, without rewriting them, the hand-written states-extra.tsv and aliases.tsv
(same directory): headers, keys, closed vocabularies, trimming, duplicates.

How the state rows are made (joins are on ISO alpha-3, never on names):
  1. Rows: every mledoze entry with independent=true, plus PSE, TWN and Kosovo (mledoze code UNK,
     written with the key XKX). status = un_member unless states-overrides.tsv says otherwise.
  2. Names, official names, ISO codes, English demonyms: mledoze.
  3. capital_en: mledoze (``capital_en`` overrides are applied before step 4). Each English capital is
     matched by name to a Natural Earth row of the same state, giving capital_fr and capital_wikidata.
  4. wikidata, cow_code: OWID (COW numeric codes are checked against the COW list).
  5. French demonyms: mledoze gives masculine/feminine singular; when prolex has that masculine form
     as an adjective lemma with the same feminine, the plurals come from prolex; otherwise the plural
     is made by adding -s (nothing for words already ending in s or x). prolex's +Iso tags are not
     used: they are wrong for ~21 countries, the join is on the demonym itself.
  6. All other overrides from states-overrides.tsv are applied last; every row there needs a note.
  7. Apostrophes in French columns are written as U+2019 (as the report does); kb folds ’ to '.
Review notes (unmatched capitals, unconfirmed demonyms, no-op overrides) go to stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]

STATE_COLUMNS = [
    "key", "iso2", "iso3", "iso_numeric", "cow_code", "wikidata",
    "name_en", "official_en", "name_fr", "official_fr", "iso_name_fr",
    "capital_en", "capital_fr", "capital_wikidata",
    "demonym_en", "demonym_fr_ms", "demonym_fr_fs", "demonym_fr_mp", "demonym_fr_fp",
    "status",
]
ORG_COLUMNS = ["key", "name_en", "name_fr", "acronym_en", "acronym_fr", "wikidata", "kind", "part_of", "note"]
OVERRIDE_COLUMNS = ["iso3", "field", "value", "note"]
ALIAS_COLUMNS = ["key", "alias", "lang", "kind", "note"]

STATUSES = {"un_member", "un_observer", "partially_recognized", "former"}
ORG_KINDS = {"alliance", "intergovernmental", "forum", "body", "legislature", "ministry", "company"}
ALIAS_KINDS = {"name", "short", "official", "acronym", "capital", "demonym", "metonym", "former_name", "variant"}
ALIAS_LANGS = {"fr", "en", "mul"}

FRENCH_COLUMNS = {"name_fr", "official_fr", "iso_name_fr", "capital_fr",
                  "demonym_fr_ms", "demonym_fr_fs", "demonym_fr_mp", "demonym_fr_fp"}

# States that mledoze marks independent=false but that the gazetteer includes (status set in overrides).
EXTRA_MLEDOZE_CODES = {"PSE": "PSE", "TWN": "TWN", "UNK": "XKX"}
# Natural Earth adm0_a3 codes that are not ISO alpha-3.
NE_CODE_TO_ISO3 = {"KOS": "XKX"}
# OWID codes that are not ISO alpha-3.
OWID_CODE_TO_ISO3 = {"OWID_KOS": "XKX"}
# Same city, different English spelling in mledoze (left) and Natural Earth `name` (right).
CAPITAL_NAME_EQUIV = {
    "Kyiv": "Kiev",
    "Ulan Bator": "Ulaanbaatar",
    "City of San Marino": "San Marino",
    "Washington D.C.": "Washington, D.C.",
}
# Fields whose override must be applied before the derived columns are computed.
PRE_OVERRIDE_FIELDS = {"capital_en"}

# Organizations. `qid` selects the supraverden entry (names, English acronym) when it has one;
# any other field given here is a reviewed hand value and wins over supraverden.
ORG_SPEC = [
    dict(key="org:BLR_MOD", kind="ministry", part_of="BLR",
         name_en="Ministry of Defence of the Republic of Belarus",
         name_fr="Ministère de la Défense de la République de Biélorussie",
         note="hand-written; the report: « ministère biélorusse de la Défense »; QID not verified offline"),
    dict(key="org:CIS", qid="Q7779", kind="intergovernmental", acronym_fr="CEI",
         note="names from supraverden (French label capitalised); French acronym by hand"),
    dict(key="org:CSTO", qid="Q318693", kind="alliance", acronym_fr="OTSC",
         note="names from supraverden; French acronym by hand; the report also writes « Organisation de sécurité collective »"),
    dict(key="org:DUMA", kind="legislature", part_of="RUS",
         name_en="State Duma", name_fr="Douma d’État",
         note="hand-written; lower house of the Federal Assembly of Russia; the report: « la Douma »; QID not verified offline"),
    dict(key="org:EAEU", qid="Q4173083", kind="intergovernmental", acronym_fr="UEEA",
         note="names from supraverden; French acronym by hand (UEE also in use, see aliases)"),
    dict(key="org:EU", qid="Q458", kind="intergovernmental", acronym_fr="UE",
         note="names from supraverden; French acronym by hand; supranational union"),
    dict(key="org:EUROPEAN_COUNCIL", qid="Q8886", kind="body", part_of="org:EU",
         note="names from supraverden; EU institution of heads of state or government (not the Council of the EU)"),
    dict(key="org:G20", qid="Q19771", kind="forum",
         name_en="Group of Twenty", name_fr="Groupe des vingt", acronym_en="G20", acronym_fr="G20",
         note="hand-written (not in supraverden: no secretariat or immunities)"),
    dict(key="org:GAZPROM", qid="Q102673", kind="company", part_of="RUS",
         name_en="Gazprom", name_fr="Gazprom",
         note="hand-written; majority state-owned Russian gas company"),
    dict(key="org:NAC", kind="body", part_of="org:NATO",
         name_en="North Atlantic Council", name_fr="Conseil de l’Atlantique Nord",
         acronym_en="NAC", acronym_fr="CAN",
         note="hand-written; NATO's principal political decision-making body; QID not verified offline"),
    dict(key="org:NATO", qid="Q7184", kind="alliance", acronym_fr="OTAN",
         name_fr="Organisation du traité de l’Atlantique Nord",
         note="names from supraverden except name_fr (supraverden writes « Atlantique nord »); French acronym by hand"),
    dict(key="org:OSCE", qid="Q81299", kind="intergovernmental", acronym_fr="OSCE",
         note="names from supraverden; the French acronym is the same"),
    dict(key="org:OTS", qid="Q596850", kind="intergovernmental", acronym_en="OTS", acronym_fr="OET",
         note="names from supraverden; acronyms by hand; named Turkic Council (Conseil turcique) until November 2021"),
    dict(key="org:RUS_MFA", kind="ministry", part_of="RUS",
         name_en="Ministry of Foreign Affairs of the Russian Federation",
         name_fr="Ministère des Affaires étrangères de la Fédération de Russie",
         note="hand-written; the report: « ministère des Affaires étrangères russes »; QID not verified offline"),
    dict(key="org:SCO", qid="Q485207", kind="intergovernmental", acronym_en="SCO", acronym_fr="OCS",
         note="names from supraverden; acronyms by hand (supraverden has none)"),
    dict(key="org:UN", qid="Q1065", kind="intergovernmental",
         note="names and both acronyms from supraverden"),
    dict(key="org:UNGA", kind="body", part_of="org:UN",
         name_en="United Nations General Assembly", name_fr="Assemblée générale des Nations unies",
         acronym_en="UNGA", acronym_fr="AGNU",
         note="hand-written; not in the report; votes on Russia's annexations (resolution of 12 October 2022); QID not verified offline"),
    dict(key="org:UNSC", kind="body", part_of="org:UN",
         name_en="United Nations Security Council", name_fr="Conseil de sécurité des Nations unies",
         acronym_en="UNSC", acronym_fr="CSNU",
         note="hand-written; not in the report; QID not verified offline"),
    dict(key="org:EUROPEAN_COMMISSION", kind="body", part_of="org:EU",
         name_en="European Commission", name_fr="Commission européenne",
         note="hand-written; not in the report; the EU's executive; QID not verified offline"),
    dict(key="org:EUROPEAN_PARLIAMENT", kind="legislature", part_of="org:EU",
         name_en="European Parliament", name_fr="Parlement européen",
         note="hand-written; not in the report; QID not verified offline"),
    dict(key="org:EPC", kind="forum",
         name_en="European Political Community", name_fr="Communauté politique européenne",
         acronym_en="EPC", acronym_fr="CPE",
         note="hand-written; not in the report; first summit in Prague on 6 October 2022 (Pashinyan–Aliyev meeting with Michel and Macron); QID not verified offline"),
    dict(key="org:CICA", kind="forum",
         name_en="Conference on Interaction and Confidence-Building Measures in Asia",
         name_fr="Conférence pour l’interaction et les mesures de confiance en Asie",
         acronym_en="CICA", acronym_fr="CICA",
         note="hand-written; not in the report; summit in Astana on 12–13 October 2022; QID not verified offline"),
]


class BuildError(Exception):
    pass


def warn(msg: str) -> None:
    print(f"review: {msg}", file=sys.stderr)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\s.,'’-]+", " ", s).strip()


def french_typography(s: str) -> str:
    return s.replace("'", "’")


def join_values(values) -> str:
    out = []
    for v in values:
        v = v.strip()
        if v and v not in out:
            out.append(v)
    return "|".join(out)


ISO_CODES_FR = Path(__file__).resolve().parent / "iso-codes" / "iso_3166-1-fr.tsv"


def read_tsv(path: Path, columns: list[str]) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    if "\r" in text:
        raise BuildError(f"{path}: contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != columns:
        raise BuildError(f"{path}: header must be {columns!r}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            raise BuildError(f"{path}:{n}: empty line")
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise BuildError(f"{path}:{n}: {len(fields)} fields, expected {len(columns)}")
        row = dict(zip(columns, fields))
        row["_line"] = n
        rows.append(row)
    return rows


def write_tsv(path: Path, columns: list[str], rows: list[dict]) -> None:
    path.write_text(render_tsv(columns, rows), encoding="utf-8", newline="\n")


def render_tsv(columns: list[str], rows: list[dict]) -> str:
    out = ["\t".join(columns)]
    for row in rows:
        values = []
        for c in columns:
            v = row.get(c, "") or ""
            if any(ch in v for ch in "\t\n\r"):
                raise BuildError(f"{row.get('key')}: {c} contains a tab or newline")
            values.append(v)
        out.append("\t".join(values))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------- vendors

def load_mledoze(vendor: Path) -> dict[str, dict]:
    data = json.loads((vendor / "mledoze-countries" / "countries.json").read_text(encoding="utf-8"))
    states = {}
    for c in data:
        code = c["cca3"]
        if c.get("independent") is True:
            states[code] = c
        elif code in EXTRA_MLEDOZE_CODES:
            states[EXTRA_MLEDOZE_CODES[code]] = c
    return states


def load_natural_earth(vendor: Path) -> dict[str, list[dict]]:
    by_state = defaultdict(list)
    with open(vendor / "natural-earth-capitals" / "ne_10m_admin0_capitals.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            by_state[NE_CODE_TO_ISO3.get(r["adm0_a3"], r["adm0_a3"])].append(r)
    return by_state


def load_owid(vendor: Path) -> dict[str, dict]:
    out = {}
    with open(vendor / "owid-countries-regions" / "countries_regions.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            iso3 = r["iso_alpha3"] or OWID_CODE_TO_ISO3.get(r["code"], "")
            if iso3:
                out[iso3] = r
    return out


def load_cow(vendor: Path) -> dict[int, set[str]]:
    out = defaultdict(set)
    with open(vendor / "cow-country-codes" / "COW-country-codes.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out[int(r["CCode"])].add(r["StateNme"])
    return out


def load_prolex_adjectives(vendor: Path) -> dict[str, dict[str, set[str]]]:
    """lemma -> {ms|fs|mp|fp -> forms} for the country adjectives (A+Toponyme+Pays)."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    path = vendor / "prolex-payscapitales" / "Prolex-PaysCapitales.utf8.dic"
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(.*?),(.*?)\.(.*)$", line)
        if not m:
            continue
        form, lemma, rest = m.groups()
        parts = rest.split(":")
        tags = parts[0].split("+")
        if tags[0] == "A" and "Pays" in tags:
            for slot in parts[1:]:
                out[lemma][slot].add(form)
    return out


def load_iso_codes_fr(path: Path) -> dict[str, str]:
    """ISO 3166-1 French short names by alpha-3 (iso-codes/iso_3166-1-fr.tsv, see extract_iso_codes.py)."""
    names = {}
    lines = [l for l in path.read_text(encoding="utf-8").split("\n") if l and not l.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        names[row["alpha_3"]] = row["name_fr"]
    return names


def load_supraverden(vendor: Path) -> dict[str, dict]:
    data = yaml.safe_load((vendor / "supraverden" / "general_list.yaml").read_text(encoding="utf-8"))
    by_qid = {}
    for entry in data.values():
        qid = str(entry.get("Wikidata_code") or "")
        if re.fullmatch(r"Q\d+", qid):
            by_qid[qid] = entry
    return by_qid


# ----------------------------------------------------------------------------------------------- states

def plural(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


def french_demonyms(m: str, f: str, prolex) -> tuple[list[str], str]:
    ms, fs = m.strip().lower(), f.strip().lower()
    forms = prolex.get(ms)
    if forms and fs in forms.get("fs", set()) and forms.get("mp") and forms.get("fp"):
        mp = plural(ms) if plural(ms) in forms["mp"] else sorted(forms["mp"])[0]
        fp = plural(fs) if plural(fs) in forms["fp"] else sorted(forms["fp"])[0]
        return [ms, fs, mp, fp], "prolex"
    return [ms, fs, plural(ms), plural(fs)], "rule"


def english_demonym(d: dict) -> str:
    values = []
    for g in ("m", "f"):
        for part in re.split(r",\s*|\s+or\s+", d.get(g, "")):
            values.append(part)
    return join_values(values)


def match_capitals(iso3: str, capitals_en: list[str], ne_rows: list[dict]) -> tuple[list[str], list[str]]:
    fr, qids = [], []
    for cap in capitals_en:
        want = {fold(cap), fold(CAPITAL_NAME_EQUIV.get(cap, cap))}
        hits = [r for r in ne_rows if want & {fold(r["name"]), fold(r["nameascii"]), fold(r["name_en"])}]
        if len(hits) == 1 and hits[0]["name_fr"]:
            fr.append(hits[0]["name_fr"])
            qids.append(hits[0]["wikidataid"])
        else:
            fr.append("")
            qids.append(hits[0]["wikidataid"] if len(hits) == 1 else "")
    return fr, qids


def build_states(vendor: Path, overrides: list[dict]) -> list[dict]:
    mledoze = load_mledoze(vendor)
    ne = load_natural_earth(vendor)
    owid = load_owid(vendor)
    cow = load_cow(vendor)
    prolex = load_prolex_adjectives(vendor)
    iso_fr = load_iso_codes_fr(ISO_CODES_FR)

    by_state = defaultdict(dict)
    for o in overrides:
        if o["iso3"] not in mledoze:
            raise BuildError(f"states-overrides.tsv:{o['_line']}: unknown iso3 {o['iso3']}")
        if o["field"] not in STATE_COLUMNS or o["field"] in ("key", "iso3"):
            raise BuildError(f"states-overrides.tsv:{o['_line']}: bad field {o['field']}")
        if not o["note"].strip():
            raise BuildError(f"states-overrides.tsv:{o['_line']}: every override needs a note")
        if o["field"] in by_state[o["iso3"]]:
            raise BuildError(f"states-overrides.tsv:{o['_line']}: duplicate {o['iso3']} {o['field']}")
        by_state[o["iso3"]][o["field"]] = o["value"]

    rows = []
    for key in sorted(mledoze):
        c = mledoze[key]
        ovr = by_state.get(key, {})
        fra = c["translations"]["fra"]
        row = {
            "key": key,
            "iso2": c.get("cca2", ""),
            "iso3": key,
            "iso_numeric": c.get("ccn3", "") or "",
            "name_en": c["name"]["common"],
            "official_en": c["name"]["official"],
            "name_fr": fra["common"],
            "official_fr": fra["official"],
            "iso_name_fr": iso_fr.get(key, ""),
            "demonym_en": english_demonym(c["demonyms"]["eng"]),
            "status": "un_member" if c.get("unMember") is True else "",
        }

        # capitals (capital_en override applied first)
        caps = ovr.get("capital_en", join_values(c.get("capital", []))).split("|")
        row["capital_en"] = join_values(caps)
        fr, qids = match_capitals(key, caps, ne.get(key, []))
        if not all(fr) and "capital_fr" not in ovr:
            warn(f"{key}: no Natural Earth French name for capital(s) {caps} and no override")
        row["capital_fr"] = "|".join(fr)
        row["capital_wikidata"] = "|".join(qids) if any(qids) else ""

        # wikidata + COW
        o = owid.get(key)
        if o is None:
            warn(f"{key}: not in OWID")
            row["wikidata"], row["cow_code"] = "", ""
        else:
            row["wikidata"] = o["wikidata_uri"].rsplit("/", 1)[-1] if o["wikidata_uri"] else ""
            row["cow_code"] = str(int(float(o["cow_code"]))) if o["cow_code"] else ""
            if row["cow_code"] and int(row["cow_code"]) not in cow:
                warn(f"{key}: OWID COW code {row['cow_code']} is not in the COW list")
        if row["cow_code"] and "cow_code" not in ovr:
            names = sorted(cow.get(int(row["cow_code"]), set()))
            ours = set(fold(c["name"]["common"]).split()) | set(fold(c["name"]["official"]).split())
            if names and not any(ours & set(fold(n).split()) for n in names):
                warn(f"{key} ({c['name']['common']}): COW {row['cow_code']} is {names}")

        # French demonyms
        fdem = c["demonyms"]["fra"]
        forms, how = french_demonyms(fdem["m"], fdem["f"], prolex)
        for col, v in zip(("demonym_fr_ms", "demonym_fr_fs", "demonym_fr_mp", "demonym_fr_fp"), forms):
            row[col] = v
        if how == "rule" and not all(f in ovr for f in ("demonym_fr_mp", "demonym_fr_fp")):
            warn(f"{key}: demonym plurals by rule, not confirmed by prolex: {forms}")

        # overrides (all but the pre-applied ones)
        for field, value in sorted(ovr.items()):
            if field in PRE_OVERRIDE_FIELDS:
                if join_values(c.get("capital", [])) == value:
                    warn(f"{key}: override {field}={value!r} is a pin (vendor already agrees)")
                continue
            if row.get(field) == value:
                warn(f"{key}: override {field}={value!r} is a pin (vendor already agrees)")
            row[field] = value

        for col in FRENCH_COLUMNS:
            row[col] = french_typography(row.get(col, ""))
        for col in STATE_COLUMNS:
            row[col] = join_values(row.get(col, "").split("|")) if "|" in row.get(col, "") else row.get(col, "").strip()
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------- organizations

def build_organizations(vendor: Path) -> list[dict]:
    sv = load_supraverden(vendor)
    rows = []
    for spec in ORG_SPEC:
        entry = sv.get(spec.get("qid", ""), {})
        name_fr = str(entry.get("Name_fr") or "")
        if name_fr[:1].islower():  # Wikidata-style lower-case label ("communauté des États indépendants")
            name_fr = name_fr[0].upper() + name_fr[1:]
        row = {
            "key": spec["key"],
            "name_en": str(entry.get("Name_en") or ""),
            "name_fr": name_fr,
            "acronym_en": str(entry.get("Abbreviation_en") or ""),
            "acronym_fr": str(entry.get("Abbreviation_fr") or ""),
            "wikidata": spec.get("qid", ""),
            "kind": spec["kind"],
            "part_of": spec.get("part_of", ""),
            "note": spec.get("note", ""),
        }
        for field in ("name_en", "name_fr", "acronym_en", "acronym_fr"):
            if field in spec:
                row[field] = spec[field]
        row["name_fr"] = french_typography(row["name_fr"])
        if spec.get("qid") and not entry and "name_en" not in spec:
            raise BuildError(f"{spec['key']}: {spec['qid']} not in supraverden and no hand names")
        rows.append(row)
    rows.sort(key=lambda r: r["key"])
    return rows


# ------------------------------------------------------------------------------------------- validation

LEADING_ARTICLE = re.compile(r"^(l[’']|le |la |les |the )", re.IGNORECASE)


def validate(states: list[dict], orgs: list[dict], extra: list[dict], aliases: list[dict], out_dir: Path) -> list[str]:
    problems = []

    def check_fields(where: str, row: dict, columns: list[str]) -> None:
        for c in columns:
            v = row.get(c, "")
            if v != v.strip():
                problems.append(f"{where}: {c} not trimmed")
            if "|" in v and any(p != p.strip() or not p for p in v.split("|")):
                problems.append(f"{where}: {c} has an empty or untrimmed |-value")

    state_keys = set()
    for where, table in (("states.tsv", states), ("states-extra.tsv", extra)):
        for r in table:
            if r["key"] in state_keys:
                problems.append(f"{where}: duplicate key {r['key']}")
            state_keys.add(r["key"])
            for c in ("name_en", "name_fr", "status"):
                if not r.get(c):
                    problems.append(f"{where}: {r['key']} has empty {c}")
            if r["status"] not in STATUSES:
                problems.append(f"{where}: {r['key']} bad status {r['status']!r}")
            if where == "states.tsv" and r["status"] == "former":
                problems.append(f"{where}: {r['key']} is former; former states belong in states-extra.tsv")
            n_caps = len(r["capital_en"].split("|")) if r["capital_en"] else 0
            for c in ("capital_fr", "capital_wikidata"):
                if r[c] and len(r[c].split("|")) != n_caps:
                    problems.append(f"{where}: {r['key']} {c} does not align with capital_en")
            if not r["capital_fr"] and r["status"] != "former":
                problems.append(f"{where}: {r['key']} has no capital_fr")
            for c in ("wikidata", "capital_wikidata"):
                for q in filter(None, r[c].split("|")):
                    if not re.fullmatch(r"Q\d+", q):
                        problems.append(f"{where}: {r['key']} bad {c} {q!r}")
            check_fields(f"{where}:{r['key']}", r, STATE_COLUMNS)

    org_keys = set()
    for r in orgs:
        if r["key"] in org_keys:
            problems.append(f"organizations.tsv: duplicate key {r['key']}")
        org_keys.add(r["key"])
        if not r["key"].startswith("org:") or not r["name_en"] or not r["name_fr"]:
            problems.append(f"organizations.tsv: {r['key']} needs org: prefix, name_en and name_fr")
        if r["kind"] not in ORG_KINDS:
            problems.append(f"organizations.tsv: {r['key']} bad kind {r['kind']!r}")
        check_fields(f"organizations.tsv:{r['key']}", r, ORG_COLUMNS)
    for r in orgs:
        if r["part_of"] and r["part_of"] not in org_keys | state_keys:
            problems.append(f"organizations.tsv: {r['key']} part_of unknown {r['part_of']}")

    # Aliases may also name the hand-written entities of persons.tsv, places.tsv and regions.tsv.
    hand_keys = set()
    for name in ("persons.tsv", "places.tsv", "regions.tsv"):
        path = out_dir / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                hand_keys |= {line.split("\t", 1)[0] for line in f.read().splitlines()[1:] if line.strip()}
    seen = set()
    folded = defaultdict(set)
    for r in aliases:
        where = f"aliases.tsv:{r['_line']}"
        if r["key"] not in state_keys | org_keys | hand_keys:
            problems.append(f"{where}: unknown key {r['key']}")
        if r["kind"] not in ALIAS_KINDS:
            problems.append(f"{where}: bad kind {r['kind']!r}")
        if r["lang"] not in ALIAS_LANGS:
            problems.append(f"{where}: bad lang {r['lang']!r}")
        if not r["alias"] or "|" in r["alias"]:
            problems.append(f"{where}: alias must be one non-empty value")
        if LEADING_ARTICLE.match(r["alias"]):
            problems.append(f"{where}: alias {r['alias']!r} starts with an article")
        if not r["note"].strip():
            problems.append(f"{where}: note is empty")
        ident = (r["key"], r["alias"], r["lang"])
        if ident in seen:
            problems.append(f"{where}: duplicate {ident}")
        seen.add(ident)
        folded[fold(r["alias"])].add(r["key"])
        check_fields(where, r, ALIAS_COLUMNS)
    for a, keys in sorted(folded.items()):
        if len(keys) > 1:
            warn(f"alias {a!r} maps to several keys {sorted(keys)}")
    return problems


# ------------------------------------------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vendor", type=Path, default=REPO_ROOT.parent / "shared" / "data" / "vendor")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "data" / "gazetteer")
    ap.add_argument("--check", action="store_true", help="build in memory and compare with the files; write nothing")
    ap.add_argument("--quiet", action="store_true", help="do not print review notes")
    args = ap.parse_args(argv)

    global warn
    if args.quiet:
        warn = lambda msg: None  # noqa: E731

    try:
        overrides = read_tsv(args.out / "states-overrides.tsv", OVERRIDE_COLUMNS)
        states = build_states(args.vendor, overrides)
        orgs = build_organizations(args.vendor)
        extra_path, alias_path = args.out / "states-extra.tsv", args.out / "aliases.tsv"
        extra = read_tsv(extra_path, STATE_COLUMNS) if extra_path.exists() else []
        aliases = read_tsv(alias_path, ALIAS_COLUMNS) if alias_path.exists() else []
        problems = validate(states, orgs, extra, aliases, args.out)
    except BuildError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if problems:
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        return 1

    outputs = {
        "states.tsv": render_tsv(STATE_COLUMNS, states),
        "organizations.tsv": render_tsv(ORG_COLUMNS, orgs),
    }
    if args.check:
        stale = [n for n, text in outputs.items()
                 if not (args.out / n).exists() or (args.out / n).read_text(encoding="utf-8") != text]
        for n in stale:
            print(f"stale: {args.out / n}", file=sys.stderr)
        return 1 if stale else 0
    for name, text in outputs.items():
        (args.out / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {len(states)} states, {len(orgs)} organizations to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
