// Sources: who is cited for what (claim counts), and through whom (the attribution chains they appear in).
import { getJson } from './api.js';
import { el, fill, appLink, table, bounds } from './dom.js';

export async function sources(main, id) {
  if (id) return one(main, id);
  const page = await getJson('/api/sources?limit=100');
  fill(main, el('h1', {}, 'Sources'), el('div', { class: 'panel', id: 'source-list' },
    page.items.length ? table(['Source', 'Kind', 'Country', 'Claims', 'Articles'], page.items.map(s =>
      [appLink(['sources', s.id], s.name), s.kind, s.country || '', String(s.claims), String(s.articles)]), [3, 4])
      : el('p', { class: 'muted' }, 'No sources yet.')));
}

async function one(main, id) {
  const s = await getJson('/api/sources/' + encodeURIComponent(id) + '?limit=100');
  const chain = links => links.flatMap((link, i) => [i ? ' ← ' : '',
    String(link.id) === String(s.id) ? el('strong', {}, link.name) : appLink(['sources', link.id], link.name)]);
  fill(main,
    el('h1', {}, s.name),
    el('p', { class: 'muted' }, `${s.kind}${s.country ? ' · ' + s.country : ''} · ${s.claims} claims in ${s.articles} articles`),
    el('div', { class: 'panel' }, el('h2', {}, 'Named as'), el('p', { class: 'chips' }, s.texts.map(t => el('span', {}, t)))),
    el('div', { class: 'panel', id: 'chains' }, el('h2', {}, 'Chains (nearest source first)'),
      table(['Chain', 'Claims'], s.chains.map(c => [el('span', {}, chain(c.links)), String(c.claims)]), [1])),
    el('div', { class: 'panel' }, el('h2', {}, 'Claims'),
      table(['Date', 'Measure', 'Subject', 'Value', 'Certainty', 'Article'], s.claims.items.map(c =>
        [c.date || '', c.measure, `${c.subject.text || ''} ${c.subject.country ? '(' + c.subject.country + ')' : ''}`,
          bounds(c.value), c.certainty, c.article.title || c.article.id]))));
}
