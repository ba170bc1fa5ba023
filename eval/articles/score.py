#!/usr/bin/env python3
"""Scores a knowledge base holding the articles of this folder against relations.tsv and events.tsv.

    kb ingest eval/articles/a*.txt --db /tmp/articles.sqlite
    python3 eval/articles/score.py /tmp/articles.sqlite [-v] [--kb PATH] [--gold DIR]

Relations: a gold row is found when an assertion of the same article has its subject, predicate label,
object (either order for symmetric predicates; one of the `;`-separated objects) and polarity.
Events: found when an event of the same article has its type and a participant in common; then
whether it is dated, and dated as the gold row (same year-month).
"""
import csv, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('-')]
kb = 'kb'
if '--kb' in sys.argv:
    kb = sys.argv[sys.argv.index('--kb') + 1]
    args.remove(kb)
# --gold DIR: score against another folder's relations.tsv and events.tsv (eval/heldout/).
if '--gold' in sys.argv:
    HERE = sys.argv[sys.argv.index('--gold') + 1]
    args.remove(HERE)
db = args[0] if args else 'kb.sqlite'
verbose = '-v' in sys.argv

def run(*a):
    return subprocess.run([kb, *a, '--db', db], capture_output=True, text=True, check=True).stdout

def rows(sql):
    return list(csv.reader(run('sql', sql, '--csv').splitlines()))[1:]

SYMMETRIC = {'armed conflict with', 'territorial dispute with', 'cooperates with', 'holds a summit with', 'ally of'}
LABELS = {'armed conflict with': 'in armed conflict with', 'territorial dispute with': 'in a territorial dispute with',
          'annexes': 'annexes territory of', 'mediates between': 'mediates between'}

files = {int(i): f for i, f in rows('select id, file_name from documents')}
assertions = [(files[a['document']] if isinstance(a['document'], int) else a['document'],
               a['subject'], a['label'], a['object'], a['polarity'], a['quote'][:70])
              for a in json.loads(run('assertions', '--json'))]
gold = list(csv.DictReader(open(os.path.join(HERE, 'relations.tsv')), delimiter='\t', quoting=csv.QUOTE_NONE))

# A gold name may be one of kb's aliases ("NATO" for North Atlantic Treaty Organisation): compare canonical names.
canonical = {}
for name, alias in rows("select e.name, a.alias from aliases a join entities e on e.id = a.entity_id where a.kind in ('name', 'short', 'acronym', 'official')"):
    canonical.setdefault(alias, name)
def named(n):
    return canonical.get(n, n)

def matches(g, k):
    g = dict(g, subject=named(g['subject']), object=';'.join(named(o) for o in g['object'].split(';')))
    label = LABELS.get(g['predicate'], g['predicate'])
    if k[0] != g['file'] or k[2] != label or k[4] != g['polarity']:
        return False
    objects = g['object'].split(';')
    if g['predicate'] in SYMMETRIC:
        return {k[1], k[3]} == {g['subject'], g['object']}
    return k[1] == g['subject'] and k[3] in objects

used, missed = set(), []
for g in gold:
    hits = [i for i, k in enumerate(assertions) if matches(g, k)]
    used.update(hits)
    if not hits:
        missed.append(g)
found = len(gold) - len(missed)
print(f"relations: {found} of {len(gold)} gold found ({100 * found / len(gold):.0f}%); "
      f"{len(used)} of kb's {len(assertions)} typed assertions match one")
if verbose:
    for i, k in enumerate(assertions):
        if i not in used:
            print('  kb only:', k)
    for g in missed:
        print('  missed: ', g['file'], g['subject'], '|', g['predicate'], '|', g['object'], g['polarity'], '|', g['sentence_start'])

event_files = {int(i): f for f, i in rows('select d.file_name, e.id from events e join passages p on p.id = e.passage_id '
                                          'join documents d on d.id = p.document_id')}
events = json.loads(run('events', '--json'))
gold_events = list(csv.DictReader(open(os.path.join(HERE, 'events.tsv')), delimiter='\t', quoting=csv.QUOTE_NONE))
found = dated = right = 0
for g in gold_events:
    names = {p.split(':')[0] for p in g['participants'].split(';') if p}
    candidates = [e for e in events if event_files.get(e['id']) == g['file'] and e['type'] == g['type']
                  and names & {p['name'] for p in e['participants']}]
    if not candidates:
        if verbose:
            print('  missed event:', g['file'], g['type'], g['date'], g['participants'], '|', g['sentence_start'])
        continue
    found += 1
    if any(e['date'] for e in candidates):
        dated += 1
        if any(e['date'] and e['date'].rstrip('~')[:7] == g['date'][:7] for e in candidates):
            right += 1
print(f"events: {found} of {len(gold_events)} gold found ({100 * found / len(gold_events):.0f}%); "
      f"{dated} of them dated, {right} with the gold's year and month; kb has {len(events)} events")
