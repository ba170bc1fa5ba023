# Sentence units for pages 9-12 (same rules as eval/annotation/work/seg.py):
# wrapped lines stripped and joined with one space; paragraphs split at >=2 empty lines;
# sentence ends at . ? ! + whitespace + uppercase or «.
# Footnote URL lines are removed before paragraphing, so a sentence cut by a page break
# (with the footnote block in between) is joined across the break.
import re, json
L = open('/work/main/data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt', encoding='utf-8').read().split('\n')
# page -> first line (1-based); page 13 needed only to finish the sentence that starts on 12
PAGES = {9: 910, 10: 1026, 11: 1140, 12: 1237, 13: 1335}
END = 1409
def page_of(n):
    p = None
    for k, v in sorted(PAGES.items()):
        if n >= v: p = k
    return p
lines = [(i + 1, L[i]) for i in range(PAGES[9] - 1, END)]
lines = [(n, l) for n, l in lines if not l.strip().startswith('http')]
paras = []; cur = []; blank = 0
for n, l in lines:
    if l.strip() == '':
        blank += 1; continue
    if blank >= 2 and cur:
        paras.append(cur); cur = []
    blank = 0
    cur.append((n, l.strip()))
if cur: paras.append(cur)
out = []
for para in paras:
    # build text with char->line map
    text = ''; cmap = []
    for n, l in para:
        if text:
            text += ' '; cmap.append(n)
        text += l; cmap.extend([n] * len(l))
    pos = 0
    for s in re.split(r'(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-Þ«])', text):
        i = text.index(s, pos); pos = i + len(s)
        first = cmap[i]; last = cmap[i + len(s) - 1]
        out.append(dict(page=page_of(first), line=first, last=last, s=s))
out = [o for o in out if o['page'] <= 12]
for i, o in enumerate(out, 1): o['id'] = i
json.dump(out, open('sents.json', 'w'), ensure_ascii=False, indent=0)
with open('sentences.tsv', 'w', encoding='utf-8') as f:
    f.write('sid\tpage\tfirst_line\tlast_line\tquote_start\tsentence\n')
    for o in out:
        f.write(f"{o['id']}\t{o['page']}\t{o['line']}\t{o['last']}\t{o['s'][:40]}\t{o['s']}\n")
for o in out: print(o['id'], o['page'], o['line'], o['last'], '|', o['s'])
