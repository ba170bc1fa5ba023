# Independent sanity checks on the four TSVs.
import re
L = open('/work/main/data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt', encoding='utf-8').read().split('\n')
joined = ' '.join(l.strip() for l in L[909:1409] if l.strip() and not l.strip().startswith('http'))
joined = re.sub(r' +', ' ', joined)   # tolerate the internal double space of line 1326 for matching only
starts = {m.start() for m in re.finditer(r'(?:^|(?<=[.?!] ))', joined)}
def norm(x): return re.sub(r' +', ' ', x)
bad = 0
for fn in ['entities.tsv', 'events.tsv', 'relations.tsv', 'footnotes.tsv']:
    rows = open(fn, encoding='utf-8').read().rstrip('\n').split('\n')
    h = rows[0].split('\t')
    for i, r in enumerate(rows[1:], 2):
        c = r.split('\t')
        if len(c) != len(h): print(fn, i, 'ncols', len(c)); bad += 1; continue
        d = dict(zip(h, c))
        for k in ('quote_start', 'quote'):
            if k in d:
                q = norm(d[k]).rstrip() if k == 'quote_start' else norm(d[k])
                if q not in joined: print(fn, i, k, 'not in text', q[:50]); bad += 1
        if 'other_quotes' in d and d['other_quotes']:
            for q in d['other_quotes'].split(' || '):
                if norm(q) not in joined: print(fn, i, 'other not in text', q[:50]); bad += 1
        if 'page' in d and not (9 <= int(d['page']) <= 12): print(fn, i, 'page'); bad += 1
    print(fn, len(rows) - 1, 'rows', len(h), 'cols')
print('problems:', bad)
