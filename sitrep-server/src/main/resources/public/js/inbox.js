// Inbox: the latest articles with their claim counts, full-text search, and pasting or uploading an article.
import { getJson, postArticle } from './api.js';
import { el, fill, appLink, table, bounds, sourceNames } from './dom.js';

export async function inbox(main) {
  const list = el('div', { id: 'article-list' });
  const search = el('input', { type: 'search', id: 'search', placeholder: 'Search article text…', size: 40 });
  const form = el('form', { class: 'panel', onsubmit: e => { e.preventDefault(); load(list, search.value, 0); } },
    search, ' ', el('button', { type: 'submit' }, 'Search'));
  fill(main, el('h1', {}, 'Inbox'), el('div', { class: 'columns' },
    el('div', {}, form, el('div', { class: 'panel' }, list)), paste()));
  await load(list, '', 0);
}

async function load(list, query, offset) {
  const params = new URLSearchParams({ limit: '25', offset: String(offset) });
  if (query.trim()) params.set('q', query.trim());
  const page = await getJson('/api/articles?' + params);
  const rows = page.items.map(a => [appLink(['article', a.id], a.title || a.key), a.outlet || '', a.published || '',
    String(a.claims)]);
  fill(list, page.items.length ? table(['Article', 'Outlet', 'Published', 'Claims'], rows, [3])
    : el('p', { class: 'muted' }, query ? 'No article matches.' : 'No articles yet: paste one on the right.'),
    el('p', {},
      offset > 0 ? el('button', { onclick: () => load(list, query, Math.max(0, offset - page.limit)) }, '← Newer') : '',
      ' ', page.next !== null ? el('button', { onclick: () => load(list, query, page.next) }, 'Older →') : ''));
}

function paste() {
  const title = el('input', { id: 'paste-title', placeholder: 'Title (optional)', size: 40 });
  const published = el('input', { id: 'paste-published', type: 'date' });
  const text = el('textarea', { id: 'paste-text', placeholder: 'Paste an article’s text, or load a .txt or article .json file' });
  const file = el('input', { type: 'file', accept: '.txt,.json,text/plain,application/json',
    onchange: async () => { if (file.files[0]) text.value = await file.files[0].text(); } });
  const result = el('div', { id: 'paste-result' });
  const body = () => {
    const raw = text.value;
    if (raw.trim().startsWith('{')) return [raw, 'application/json'];
    return [JSON.stringify({ text: raw, title: title.value || null, published: published.value || null }),
      'application/json'];
  };
  const run = async (path, store) => {
    try {
      const [payload, type] = body();
      const json = await postArticle(path, payload, type, store);
      if (store) {
        fill(result, el('p', {}, `Stored (${json.outcome}), ${json.claims} claims: `,
          appLink(['article', json.id], 'open the article')));
      } else {
        fill(result, json.claims.length ? table(['Measure', 'Subject', 'Value', 'Sources', 'Certainty'],
          json.claims.map(c => [c.measure, c.subject.text || '', bounds(c.value), sourceNames(c), c.certainty]))
          : el('p', { class: 'muted' }, 'No claims found.'));
      }
    } catch (error) {
      fill(result, el('p', { class: 'error' }, error.message));
    }
  };
  return el('div', { class: 'panel' }, el('h2', {}, 'Add an article'), title, ' ', published, text, file,
    el('p', {}, el('button', { id: 'extract-button', onclick: () => run('/api/extract', false) }, 'Extract (preview)'),
      ' ', el('button', { id: 'store-button', class: 'primary', onclick: () => run('/api/articles', true) }, 'Store')),
    result);
}
