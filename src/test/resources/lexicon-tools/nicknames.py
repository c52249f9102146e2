#!/usr/bin/env python3
"""Writes resources/parallax/lexicon/nicknames.json: English given names and their nicknames and
diminutives ("James" and "Jim", "William" and "Bill"), from carltonnorthern/nicknames (names.csv,
Apache License 2.0).

Usage: nicknames.py NAMES_CSV OUT.json
  NAMES_CSV: names.csv of https://github.com/carltonnorthern/nicknames (commit 21d75051c39c,
             rows "name1,relationship,name2", relationship "has_nickname")
Kept: every pair of two names of three letters or more (a two-letter nickname is too often an initial
or a word), each written once per formal name, sorted.
"""
import csv, json, sys
src, out = sys.argv[1:3]
names = {}
for row in csv.DictReader(open(src, encoding='utf-8')):
    if row['relationship'] != 'has_nickname':
        continue
    a, b = row['name1'].strip().lower(), row['name2'].strip().lower()
    if len(a) < 3 or len(b) < 3 or a == b or not a.isalpha() or not b.isalpha():
        continue
    names.setdefault(a, set()).add(b)
doc = {
    "_comment": "Given names and their nicknames and diminutives: two first names of people of one surname in one story are one person's when one is a nickname of the other (James and Jim Roche, William and Bill Clinton), as when one is a short form of the other (Alex, Alexander) or one letter apart. Formal name -> its nicknames, lower case.",
    "_source": "https://github.com/carltonnorthern/nicknames (names.csv at commit 21d75051c39cb022d145388d60c87dc30505228b), written by src/test/resources/lexicon-tools/nicknames.py; pairs of names shorter than three letters left out",
    "_licence": "Apache License 2.0 (Copyright Carlton Northern and contributors; https://www.apache.org/licenses/LICENSE-2.0)",
    "names": {k: sorted(v) for k, v in sorted(names.items())},
}
with open(out, 'w', encoding='utf-8') as f:
    json.dump(doc, f, ensure_ascii=False, indent=0)
    f.write('\n')
print(len(doc["names"]), sum(len(v) for v in doc["names"].values()))
