import re,json
L=open('/work/main/data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt',encoding='utf-8').read().split('\n')
pages={5:(445,542),6:(564,665),7:(686,776),8:(790,888)}
out=[]
for p,(a,b) in pages.items():
    # paragraphs: groups separated by >=2 empty lines? wrapped lines separated by single empty lines
    lines=[(i+1,L[i]) for i in range(a-1,b)]
    paras=[];cur=[];blank=0
    for n,l in lines:
        if l.strip()=='' :
            blank+=1; continue
        if blank>=2 and cur: paras.append(cur);cur=[]
        blank=0
        cur.append((n,l.strip()))
    if cur: paras.append(cur)
    for para in paras:
        text=' '.join(l for n,l in para)
        # split sentences
        parts=re.split(r'(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-Þ«])',text)
        for s in parts:
            out.append(dict(page=p,line=para[0][0],s=s))
for i,o in enumerate(out): o['id']=i
json.dump(out,open('sents.json','w'),ensure_ascii=False,indent=0)
for o in out: print(o['id'],o['page'],o['line'],'|',o['s'])
