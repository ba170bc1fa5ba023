import json,csv,collections
exec(open('ents.py').read()); exec(open('rest.py').read())
S=json.load(open('sents.json'))
L=open('/work/main/data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt',encoding='utf-8').read().split('\n')
qs=lambda i:S[i]['s'][:40]
pg=lambda i:S[i]['page']
out='/work/main/eval/annotation/'
def w(name,header,rows):
    with open(out+name,'w',encoding='utf-8',newline='') as f:
        f.write('\t'.join(header)+'\n')
        for r in rows:
            for c in r: assert '\t' not in str(c) and '\n' not in str(c)
            f.write('\t'.join(str(c) for c in r)+'\n')
    print(name,len(rows))
ents=[]
for sid in sorted(E):
    for surf,ent,kind in E[sid]:
        ents.append((pg(sid),qs(sid),surf,ent,kind,sid))
w('entities.tsv',['page','quote_start','surface','entity','kind'],[r[:5] for r in ents])
canon={r[3]:r[4] for r in ents}
evrows=[]
for eid,typ,date,parts,place,sid,others,basis,note in EV:
    for p in parts.split(';'):
        n,role=p.rsplit(':',1); assert n in canon,(eid,n); assert role in 'aggressor target party mediator host member supplier recipient'.split()
    evrows.append((eid,typ,date,parts,place,pg(sid),S[sid]['s'],' || '.join(S[o]['s'] for o in others),basis,note))
w('events.tsv',['id','type','date','participants','place','page','quote','other_quotes','date_basis','note'],evrows)
PRED=set('member of,left,armed conflict with,territorial dispute with,ally of,supports,depends on,mediates between,condemns,sanctions,threatens,protests against,refuses or rejects,recognizes,refuses to recognize,cooperates with,seeks rapprochement with,distances itself from,supplies arms to,deploys troops in,visits,holds a summit with'.split(','))
relrows=[]
for sid,s,p,o,pol,mod in REL:
    assert p in PRED,p
    for x in [s]+o.split(';'): assert x in canon,(sid,x)
    # check each entity mentioned in sentence (or resolved)
    names={e[1] for e in E[sid]}
    res=';'.join(x for x in [s]+o.split(';') if x not in names)
    relrows.append((s,p,o,pol,mod,pg(sid),S[sid]['s'],res))
w('relations.tsv',['subject','predicate','object','polarity','modality','page','quote','resolved_args'],relrows)
fnrows=[]
for page,(a,b) in FNBLOCK.items():
    urls=[]
    for i in range(a-1,b):
        u=L[i].strip()
        if not u: continue
        assert u.startswith('http'),u
        if urls and urls[-1]==u: continue
        urls.append(u)
    assert len(urls)==len(FN[page]),(page,len(urls),len(FN[page]))
    prev=-1
    for k,(u,(sid,conf)) in enumerate(zip(urls,FN[page]),1):
        if sid is not None:
            assert pg(sid)==page and sid>=prev; prev=sid
        fnrows.append((page,k,u,qs(sid) if sid is not None else '',conf))
w('footnotes.tsv',['page','ordinal','url','quote_start','confidence'],fnrows)
# sentence inventory for reference
w('work/sentences.tsv',['sid','page','first_line','quote_start','sentence'],[(o['id'],o['page'],o['line'],o['s'][:40],o['s']) for o in S if o['id']>0])
# check relation subjects/objects mentioned in sentence entity list
for sid,s,p,o,pol,mod in REL:
    names={e[1] for e in E[sid]}
    for x in [s]+o.split(';'):
        if x not in names: print('rel entity not mentioned in sentence',sid,x)
