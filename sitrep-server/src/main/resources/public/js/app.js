// The analyst's UI: a hash router over five views. Plain ES modules; libraries come from WebJars as globals.
import { el, fill } from './dom.js';
import { inbox } from './inbox.js';
import { article } from './article.js';
import { series } from './series.js';
import { sources } from './sources.js';
import { worldMap } from './map.js';

const views = { inbox, article, series, sources, map: worldMap };
const main = document.getElementById('main');

async function route() {
  const [name, ...rest] = (location.hash.replace(/^#\//, '') || 'inbox').split('/').map(decodeURIComponent);
  const view = views[name] || inbox;
  document.querySelectorAll('nav a').forEach(a =>
    a.classList.toggle('active', a.dataset.view === (name === 'article' ? 'inbox' : name)));
  fill(main, el('p', { class: 'muted' }, 'Loading…'));
  try {
    await view(main, ...rest);
  } catch (error) {
    fill(main, el('p', { class: 'error' }, String(error.message || error)));
  }
  main.dataset.ready = name;
}

window.addEventListener('hashchange', route);
route();
