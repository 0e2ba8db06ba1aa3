// Map: claims at their coordinates on an offline world map (Natural Earth shapes from world-atlas, drawn with d3).
import { getJson } from './api.js';
import { el, fill, table } from './dom.js';

export async function worldMap(main) {
  const [world, data] = await Promise.all([getJson('/vendor/countries-110m.json'), getJson('/api/map')]);
  const box = el('div', { id: 'map', class: 'panel' });
  fill(main, el('h1', {}, 'Map'), box, el('div', { class: 'panel' }, el('h2', {}, 'Places'),
    data.places.length ? table(['Place', 'Country', 'Precision', 'Claims', 'Measures'], data.places.map(p =>
      [p.name, p.country || '', p.precision, String(p.claims), p.measures || '']), [3])
      : el('p', { class: 'muted' }, 'No claim has a place with coordinates yet.')));
  const width = 960;
  const height = 500;
  const countries = window.topojson.feature(world, world.objects.countries);
  const projection = window.d3.geoNaturalEarth1().fitSize([width, height], countries);
  const path = window.d3.geoPath(projection);
  const placed = new Set(data.countries.map(c => c.country));
  const svg = window.d3.select(box).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img');
  svg.append('g').selectAll('path').data(countries.features).join('path')
    .attr('class', d => 'country' + (placed.has(d.properties.a2) ? ' has' : ''))
    .attr('d', path)
    .append('title').text(d => d.properties.name);
  const radius = window.d3.scaleSqrt().domain([0, window.d3.max(data.places, p => p.claims) || 1]).range([3, 18]);
  svg.append('g').selectAll('circle').data(data.places).join('circle')
    .attr('class', 'place')
    .attr('cx', p => projection([p.lon, p.lat])[0])
    .attr('cy', p => projection([p.lon, p.lat])[1])
    .attr('r', p => radius(p.claims))
    .append('title').text(p => `${p.name}: ${p.claims} claims (${p.measures})`);
}
