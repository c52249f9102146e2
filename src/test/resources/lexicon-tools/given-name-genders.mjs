// Adds "female" and "male" to resources/parallax/lexicon/given-names.json: the given names that Faker
// (npm @faker-js/faker 9.9.0, MIT licence, the same source as the file's "terms") lists for one gender
// only, in every locale that lists them; a name listed for both anywhere ("Andrea", "Jean", "Kim") is
// in neither. Only names already in "terms" (the Latin-script locales).
//
// Usage: npm pack @faker-js/faker@9.9.0 && tar xzf faker-js-faker-9.9.0.tgz
//        node given-name-genders.mjs package/dist/index.js resources/parallax/lexicon/given-names.json
import fs from 'fs';
import path from 'path';

const [fakerIndex, file] = process.argv.slice(2);
const all = await import(path.resolve(fakerIndex));
const seen = { female: new Set(), male: new Set() };
for (const key of Object.keys(all)) {
  if (!/^[a-z]{2}(_[A-Za-z_]+)?$/.test(key)) continue; // the locales' definitions
  let person;
  try {
    person = all[key].person;
  } catch (e) {
    continue;
  }
  for (const gender of ['female', 'male']) {
    for (const name of person?.first_name?.[gender] ?? []) seen[gender].add(name.toLowerCase());
  }
}
const doc = JSON.parse(fs.readFileSync(file, 'utf-8'));
const known = new Set(doc.terms);
const only = (g, other) => [...seen[g]].filter(n => known.has(n) && !seen[other].has(n)).sort();
delete doc.female;
delete doc.male;
doc._genders = 'female, male: the names of terms that Faker lists for one gender only, in every locale listing them (written by src/test/resources/lexicon-tools/given-name-genders.mjs)';
doc.female = only('female', 'male');
doc.male = only('male', 'female');
// Written as the file was: one value per line (Python's json.dump with indent=0).
const format = v => Array.isArray(v) ? (v.length ? '[\n' + v.map(format).join(',\n') + '\n]' : '[]')
  : v !== null && typeof v === 'object' ? '{\n' + Object.entries(v).map(([k, x]) => JSON.stringify(k) + ': ' + format(x)).join(',\n') + '\n}'
  : JSON.stringify(v);
fs.writeFileSync(file, format(doc) + '\n');
