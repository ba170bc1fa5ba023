"""Check a held-out set's gold files (this folder, or the one given: `check.py eval/heldout3`): sentence_start
opens a sentence of its file; labels/roles exist in eval/articles; dates.tsv lists every article."""
import csv, os, re, sys
H = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
A = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'articles')

def rows(p):
    with open(p, encoding='utf-8', newline='') as fh:
        return list(csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))

def opens_sentence(text, start):
    """True if start occurs in text right after a paragraph break or sentence-final punctuation."""
    for m in re.finditer(re.escape(start), text):
        before = text[:m.start()]
        if before.endswith('\n\n') or re.search(r'[.!?]["»”]?\s+$', before):
            return True
    return False

ok = True
old_r, old_e = rows(os.path.join(A, 'relations.tsv')), rows(os.path.join(A, 'events.tsv'))
preds = {r['predicate'] for r in old_r}
pols = {r['polarity'] for r in old_r}
mods = {r['modality'] for r in old_r}
types = {r['type'] for r in old_e}
roles = {p.rsplit(':', 1)[1] for r in old_e for p in r['participants'].split(';')}
texts = {f: open(os.path.join(H, f), encoding='utf-8').read() for f in os.listdir(H) if re.fullmatch(r'[a-z]\d+\.txt', f)}

def err(msg):
    global ok
    ok = False
    print('ERROR', msg)

for name, rs in (('relations', rows(os.path.join(H, 'relations.tsv'))), ('events', rows(os.path.join(H, 'events.tsv')))):
    for i, r in enumerate(rs, 2):
        f, s = r['file'], r['sentence_start']
        if f not in texts: err(f'{name}:{i} unknown file {f}'); continue
        if len(s) != 40: err(f'{name}:{i} sentence_start length {len(s)}')
        if not opens_sentence(texts[f], s): err(f'{name}:{i} sentence_start not at a sentence start: {s!r}')
        if name == 'relations':
            if r['predicate'] not in preds: err(f'{name}:{i} predicate {r["predicate"]!r}')
            if r['polarity'] not in pols: err(f'{name}:{i} polarity {r["polarity"]!r}')
            if r['modality'] not in mods: err(f'{name}:{i} modality {r["modality"]!r}')
        else:
            if r['type'] not in types: err(f'{name}:{i} type {r["type"]!r}')
            for p in r['participants'].split(';'):
                if ':' not in p or p.rsplit(':', 1)[1] not in roles: err(f'{name}:{i} role in {p!r}')
    print(name, len(rs), 'rows checked')
for f, t in sorted(texts.items()):
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '': err(f'{f}: title line + blank line expected')
dates = rows(os.path.join(H, 'dates.tsv'))
if sorted(d['file'] for d in dates) != sorted(texts): err('dates.tsv does not list every article')
print('OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
