import json,re,os
exec(open('ents.py').read()); exec(open('rest.py').read()); exec(open('seg.py').read().split("stream=[]")[0])
S={o['id']:o for o in json.load(open('sents.json'))}
OUT='/work/main/eval/annotation-p2-4/'
qs=lambda i:S[i]['s'][:40]; pg=lambda i:S[i]['page'] if S[i]['page']!=5 else 4
def w(name,header,rows):
    with open(OUT+name,'w',encoding='utf-8',newline='') as f:
        f.write('\t'.join(header)+'\n')
        for r in rows:
            for c in r: assert '\t' not in str(c) and '\n' not in str(c),(name,r)
            f.write('\t'.join(str(c) for c in r)+'\n')
    print(name,len(rows))
assert set(E)==set(S),set(S)^set(E)
ents=[]
for sid in sorted(E):
    s=S[sid]['s']; pos=0
    for surf,ent,kind in E[sid]:
        assert surf in s,(sid,surf)
        k=s.find(surf,pos)
        if k<0: print('order warning',sid,surf)
        else: pos=k
        ents.append((pg(sid),qs(sid),surf,ent,kind))
w('entities.tsv',['page','quote_start','surface','entity','kind'],ents)
canon={r[3]:r[4] for r in ents}
ROLES='aggressor target party mediator host member supplier recipient'.split()
TYPES='invasion annexation armed_clash war ceasefire_or_agreement summit_or_meeting military_exercise sanction_or_ban accession_or_candidacy withdrawal deployment mobilization exodus decree protest mediation arms_sale founding statement'.split()
evrows=[]
for eid,typ,date,parts,place,sid,others,basis,note in EV:
    assert typ in TYPES,typ
    for p in parts.split(';'):
        n,role=p.rsplit(':',1); assert n in canon,(eid,n); assert role in ROLES,(eid,role)
    evrows.append((eid,typ,date,parts,place,pg(sid),S[sid]['s'],' || '.join(S[o]['s'] for o in others),basis,note))
w('events.tsv',['id','type','date','participants','place','page','quote','other_quotes','date_basis','note'],evrows)
PRED=set('member of,left,armed conflict with,territorial dispute with,ally of,supports,depends on,mediates between,condemns,sanctions,threatens,protests against,refuses or rejects,recognizes,refuses to recognize,cooperates with,seeks rapprochement with,distances itself from,supplies arms to,deploys troops in,visits,holds a summit with'.split(','))
relrows=[]
for sid,s,p,o,pol,mod in REL:
    assert p in PRED,p; assert pol in ('positive','negative'); assert mod in ('asserted','hedged','speculative','reported')
    for x in [s]+o.split(';'): assert x in canon,(sid,x)
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
        assert sid>=prev; prev=sid
        if pg(sid)!=page: print('NOTE footnote on other-page sentence',page,k,sid,pg(sid))
        fnrows.append((page,k,u,qs(sid),conf))
w('footnotes.tsv',['page','ordinal','url','quote_start','confidence'],fnrows)
w('work/sentences.tsv',['sid','page','first_line','quote_start','sentence'],[(o['id'],pg(o['id']),o['line'],o['s'][:40],o['s']) for o in S.values()])
