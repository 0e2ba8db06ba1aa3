// Article: the text with every figure, subject, source and cue highlighted at its spans (UTF-16 offsets, as
// JavaScript strings count), the claims beside it, and the selected claim's fields with the rules that set them.
import { getJson } from './api.js';
import { el, fill, table, bounds, sourceNames, externalLink } from './dom.js';

const PRIORITY = ['value', 'subject', 'source', 'place', 'cue-hedge', 'cue-denial', 'cue-attribution'];

export async function article(main, id) {
  const data = await getJson('/api/articles/' + encodeURIComponent(id));
  const a = data.article;
  const textBox = el('div', { class: 'article-text', id: 'article-text' });
  const details = el('div', { id: 'claim-details' }, el('p', { class: 'muted' }, 'Select a claim or a highlight.'));
  const list = el('ul', { class: 'claim-list', id: 'claim-list' });
  const select = index => {
    textBox.querySelectorAll('.hl').forEach(node =>
      node.classList.toggle('selected', node.dataset.claims.split(' ').includes(String(index))));
    list.querySelectorAll('li').forEach((li, i) => li.classList.toggle('selected', i === index));
    fill(details, claimFields(data.claims[index]));
  };
  renderText(textBox, a.text, data.claims, select);
  data.claims.forEach((c, i) => list.append(el('li', { onclick: () => select(i), 'data-claim': c.id },
    el('strong', {}, `${c.measure} ${bounds(c.value)}`), ' ', c.subject.text || '',
    el('div', { class: 'muted' }, `${sourceNames(c)} · ${c.certainty}`))));
  fill(main,
    el('h1', {}, a.title || a.id),
    el('p', { class: 'muted' }, [a.outlet, a.published, a.url ? externalLink(a.url) : null]
      .filter(Boolean).flatMap((part, i) => i ? [' · ', part] : [part])),
    el('p', { class: 'legend' }, el('span', { class: 'hl value' }, 'figure'), el('span', { class: 'hl subject' }, 'subject'),
      el('span', { class: 'hl source' }, 'source'), el('span', { class: 'hl cue-attribution' }, 'attribution cue'),
      el('span', { class: 'hl cue-hedge' }, 'hedge cue')),
    el('div', { class: 'columns' }, el('div', { class: 'panel' }, textBox),
      el('div', {}, el('div', { class: 'panel' }, el('h2', {}, `Claims (${data.claims.length})`), list),
        el('div', { class: 'panel' }, details))));
}

/** Splits the text at every span boundary; each piece is a text node, wrapped in a span when a claim covers it. */
function renderText(box, text, claims, select) {
  const marks = [];
  const add = (span, kind, index) => {
    if (span && span.start < span.end && span.end <= text.length) marks.push({ ...span, kind, index });
  };
  claims.forEach((c, i) => {
    add(c.value && c.value.span, 'value', i);
    add(c.subject && c.subject.span, 'subject', i);
    (c.sources || []).forEach(s => add(s.span, 'source', i));
    (c.cues || []).forEach(q => add(q.span, 'cue-' + q.kind, i));
    add(c.place && c.place.span, 'place', i);
  });
  const cuts = [...new Set([0, text.length, ...marks.flatMap(m => [m.start, m.end])])].sort((x, y) => x - y);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k], cuts[k + 1]];
    const piece = document.createTextNode(text.slice(from, to));
    const covering = marks.filter(m => m.start <= from && m.end >= to);
    if (!covering.length) {
      box.append(piece);
      continue;
    }
    const kinds = [...new Set(covering.map(m => m.kind))].sort((x, y) => PRIORITY.indexOf(x) - PRIORITY.indexOf(y));
    const indexes = [...new Set(covering.map(m => m.index))];
    const value = covering.find(m => m.kind === 'value');
    const span = el('span', { class: 'hl ' + kinds.join(' '), 'data-claims': indexes.join(' '), 'data-role': kinds[0],
      'data-value': value ? String(value.index) : null, title: kinds.join(', '),
      onclick: () => select(value ? value.index : indexes[0]) });
    span.append(piece);
    box.append(span);
  }
}

function claimFields(c) {
  const place = c.place ? `${c.place.name} (${c.place.precision}${c.place.country ? ', ' + c.place.country : ''})` : '—';
  const time = c.time ? `${c.time.text || ''} ${c.time.start}${c.time.end !== c.time.start ? ' – ' + c.time.end : ''}` : '—';
  const rows = [
    ['id', c.id], ['measure', c.measure],
    ['subject', `${c.subject.text || '—'} · ${c.subject.country || '?'} · ${c.subject.role}`],
    ['value', `“${c.value.text || ''}” → ${bounds(c.value)}`],
    ['sources', (c.sources || []).map(s => `${s.name} (${s.kind}${s.country ? ', ' + s.country : ''})`).join(' ← ') || '—'],
    ['certainty', c.certainty],
    ['cues', (c.cues || []).map(q => `${q.text} (${q.kind})`).join(', ') || '—'],
    ['place', place], ['time', time]];
  const explain = Object.entries(c.explain || {}).sort(([x], [y]) => x.localeCompare(y));
  return el('div', { id: 'selected-claim' },
    el('h2', {}, 'Claim'), el('table', { class: 'fields' }, el('tbody', {},
      rows.map(([k, v]) => el('tr', {}, el('td', {}, k), el('td', {}, v))))),
    el('h2', {}, 'Rules that set it'),
    explain.length ? table(['Field', 'Rule'], explain) : el('p', { class: 'muted' }, 'No rules recorded.'));
}
