import re,json
L=open('/work/main/data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt',encoding='utf-8').read().split('\n')
# text line ranges per page (1-based, inclusive); footnote blocks excluded.
# Line 445 holds the end of the sentence that starts on page 4 (only its first sentence is used).
PAGES={2:(62,158),3:(176,277),4:(300,398)}
FNBLOCK={2:(159,175),3:(278,299),4:(399,416)}
HEADINGS={62,136,318}
stream=[]  # (lineno,page,text or None for blank)
for p,(a,b) in PAGES.items():
    for i in range(a-1,b):
        stream.append((i+1,p,L[i]))
# continuation of the p4 sentence onto p5 (line 445, up to 'Russie.')
stream.append((445,5,L[444].split('Russie.')[0]+'Russie.'))
paras=[];cur=[];blank=0
for n,p,l in stream:
    if l.strip()=='':
        blank+=1; continue
    if (blank>=2 or n in HEADINGS or (cur and cur[-1][0] in HEADINGS)) and cur:
        paras.append(cur);cur=[]
    blank=0
    cur.append((n,p,l.strip()))
if cur: paras.append(cur)
out=[]
for para in paras:
    # character offsets -> line/page
    text='';owner=[]
    for n,p,l in para:
        if text: text+=' '; owner.append((n,p))
        text+=l; owner+= [(n,p)]*len(l)
    pos=0
    for s in re.split(r'(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-Þ«])',text):
        k=text.index(s,pos); pos=k+len(s)
        n,p=owner[k]
        out.append(dict(page=p,line=n,s=s,heading=para[0][0] in HEADINGS))
for i,o in enumerate(out,1): o['id']=i
json.dump(out,open('sents.json','w'),ensure_ascii=False,indent=0)
for o in out: print(o['id'],o['page'],o['line'],'|',o['s'])
