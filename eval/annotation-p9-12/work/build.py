# Builds the four TSVs in eval/annotation-p9-12/ from ents.py + rest.py, with consistency checks.
import json, collections
exec(open('ents.py').read()); exec(open('rest.py').read())
S = {o['id']: o for o in json.load(open('sents.json'))}
L = open('/work/main/data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt', encoding='utf-8').read().split('\n')
qs = lambda i: S[i]['s'][:40]
pg = lambda i: S[i]['page']
out = '/work/main/eval/annotation-p9-12/'
def w(name, header, rows):
    with open(out + name, 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            assert len(r) == len(header)
            for c in r: assert '\t' not in str(c) and '\n' not in str(c), c
            f.write('\t'.join(str(c) for c in r) + '\n')
    print(name, len(rows))
# entities
ents = []
for sid in sorted(E):
    for surf, ent, kind in E[sid]:
        assert surf in S[sid]['s'], (sid, surf)
        ents.append((pg(sid), qs(sid), surf, ent, kind))
w('entities.tsv', ['page', 'quote_start', 'surface', 'entity', 'kind'], ents)
canon = {}
for r in ents:
    assert canon.setdefault(r[3], r[4]) == r[4], r
# events
ROLES = 'aggressor target party mediator host member supplier recipient'.split()
evrows = []
for eid, typ, date, parts, place, sid, others, basis, note in EV:
    assert typ in 'invasion annexation armed_clash war ceasefire_or_agreement summit_or_meeting military_exercise sanction_or_ban accession_or_candidacy withdrawal deployment mobilization exodus decree protest mediation arms_sale founding statement'.split()
    assert basis in ('text', 'context', 'footnote', 'world')
    for p in parts.split(';'):
        n, role = p.rsplit(':', 1); assert n in canon, (eid, n); assert role in ROLES, (eid, role)
    evrows.append((eid, typ, date, parts, place, pg(sid), S[sid]['s'], ' || '.join(S[o]['s'] for o in others), basis, note))
w('events.tsv', ['id', 'type', 'date', 'participants', 'place', 'page', 'quote', 'other_quotes', 'date_basis', 'note'], evrows)
# relations
PRED = set('member of,left,armed conflict with,territorial dispute with,ally of,supports,depends on,mediates between,condemns,sanctions,threatens,protests against,refuses or rejects,recognizes,refuses to recognize,cooperates with,seeks rapprochement with,distances itself from,supplies arms to,deploys troops in,visits,holds a summit with'.split(','))
relrows = []
for sid, s, p, o, pol, mod in REL:
    assert p in PRED, p
    assert pol in ('positive', 'negative') and mod in ('asserted', 'hedged', 'speculative', 'reported')
    for x in [s] + o.split(';'): assert x in canon, (sid, x)
    names = {e[1] for e in E[sid]}
    res = ';'.join(x for x in [s] + o.split(';') if x not in names)
    relrows.append((s, p, o, pol, mod, pg(sid), S[sid]['s'], res))
assert len(set(relrows)) == len(relrows)
w('relations.tsv', ['subject', 'predicate', 'object', 'polarity', 'modality', 'page', 'quote', 'resolved_args'], relrows)
# footnotes
fnrows = []
for page, (a, b) in FNBLOCK.items():
    urls = []
    for i in range(a - 1, b):
        u = L[i].strip()
        if not u: continue
        assert u.startswith('http'), u
        if urls and urls[-1] == u: continue
        urls.append(u)
    assert len(urls) == len(FN[page]), (page, len(urls), len(FN[page]))
    prev = -1
    for k, (u, (sid, conf)) in enumerate(zip(urls, FN[page]), 1):
        assert pg(sid) == page and sid >= prev, (page, k, sid); prev = sid
        fnrows.append((page, k, u, qs(sid), conf))
w('footnotes.tsv', ['page', 'ordinal', 'url', 'quote_start', 'confidence'], fnrows)
