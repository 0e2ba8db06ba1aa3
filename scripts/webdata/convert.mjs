// Writes sitrep-server's vendored map files; see build.sh. Numeric ids are ISO 3166-1 numeric codes (as strings,
// "408"); each country also gets "a2", its alpha-2 code, so the UI can colour countries by the codes claims carry.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = '../../sitrep-server/src/main/resources/public/vendor';
mkdirSync(out, { recursive: true });

const codes = require('i18n-iso-countries/codes.json'); // [alpha2, alpha3, numeric] rows
const alpha2ByNumeric = new Map(codes.map(([a2, , num]) => [String(num).padStart(3, '0'), a2]));

const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
let named = 0;
for (const geometry of atlas.objects.countries.geometries) {
  const a2 = geometry.id === undefined ? undefined : alpha2ByNumeric.get(geometry.id);
  if (a2) {
    geometry.properties.a2 = a2;
    named++;
  }
}
writeFileSync(`${out}/countries-110m.json`, JSON.stringify(atlas));
copyFileSync('node_modules/topojson-client/dist/topojson-client.min.js', `${out}/topojson-client.min.js`);
// The licences travel with the files (ISC for both; the Natural Earth data is public domain).
copyFileSync('node_modules/world-atlas/LICENSE', `${out}/LICENSE-world-atlas.txt`);
copyFileSync('node_modules/topojson-client/LICENSE', `${out}/LICENSE-topojson-client.txt`);
console.log(`countries-110m.json: ${atlas.objects.countries.geometries.length} shapes, ${named} with an alpha-2 code`);
