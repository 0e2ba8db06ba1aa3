// Series: a timeline chart per series (claims as points with their bounds as bars, coloured by source; the
// low/best/high estimate as a band), with revisions and conflicts beside it. Chart.js comes from its WebJar.
import { getJson } from './api.js';
import { el, fill, appLink, table } from './dom.js';

const PALETTE = ['#2457c5', '#c0392b', '#1e8449', '#8e44ad', '#d35400', '#117a8b', '#7f6000', '#ad1457'];
const DAY = 86_400_000;
const toDay = iso => Math.round(Date.parse(iso + 'T00:00:00Z') / DAY);
const toIso = day => new Date(day * DAY).toISOString().slice(0, 10);

export async function series(main, key) {
  const page = await getJson('/api/series?limit=500');
  const list = el('div', { class: 'panel', id: 'series-list' }, page.items.length
    ? table(['Series', 'Claims', 'From', 'To', 'Latest estimate'], page.items.map(s => [
      appLink(['series', s.key], s.title), String(s.claims), s.first || '', s.last || '',
      s.latest ? `${s.latest.low} / ${s.latest.best} / ${s.latest.high}${s.latest.highOpen ? '+' : ''}` : '']), [1])
    : el('p', { class: 'muted' }, 'No series yet: store some articles first.'));
  if (!key) {
    fill(main, el('h1', {}, 'Series'), list);
    return;
  }
  const s = await getJson('/api/series/' + encodeURIComponent(key));
  const canvas = el('canvas', { id: 'series-chart', 'aria-label': 'timeline of ' + s.title, role: 'img' });
  fill(main, el('h1', {}, s.title),
    el('div', { class: 'columns' },
      el('div', {}, el('div', { class: 'panel chart-box' }, canvas), timeline(s)),
      el('div', {}, revisions(s), conflicts(s), estimates(s), el('h2', {}, 'All series'), list)));
  draw(canvas, s);
}

function origin(entry) {
  return entry.sources.length ? entry.sources[entry.sources.length - 1] : 'the article itself';
}

function draw(canvas, s) {
  const dated = s.claims.filter(c => c.date);
  const sources = [...new Set(dated.map(origin))];
  const colour = name => PALETTE[sources.indexOf(name) % PALETTE.length];
  const points = sources.map(name => ({
    label: name, type: 'scatter', bounds: true, borderColor: colour(name), backgroundColor: colour(name),
    pointRadius: 5, data: dated.filter(c => origin(c) === name).map(c => ({
      x: toDay(c.date), y: c.value.low ?? c.value.high, low: c.value.low, high: c.value.high, claim: c.claim,
      certainty: c.certainty })) }));
  const band = s.estimates.map(e => ({ x: toDay(e.date), low: e.low, best: e.best, high: e.high_open ? null : e.high }));
  const line = (label, field, extra) => ({ label, type: 'line', data: band.map(b => ({ x: b.x, y: b[field] })),
    pointRadius: 0, borderWidth: 1, borderColor: 'rgba(36,87,197,.5)', spanGaps: false, ...extra });
  const datasets = [
    line('estimate low', 'low', {}),
    line('estimate high', 'high', { fill: '-1', backgroundColor: 'rgba(36,87,197,.12)' }),
    line('estimate best', 'best', { borderDash: [6, 4], borderWidth: 2 }),
    ...points];
  const chart = new window.Chart(canvas, {
    data: { datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { type: 'linear', ticks: { callback: v => toIso(v) } }, y: { beginAtZero: true } },
      plugins: { tooltip: { callbacks: { label: item => describe(item) } } } },
    plugins: [boundBars] });
  canvas.dataset.points = String(points.reduce((n, d) => n + d.data.length, 0));
  return chart;
}

function describe(item) {
  const p = item.raw;
  if (p.claim === undefined) return `${item.dataset.label}: ${p.y}`;
  return `${item.dataset.label}: ${p.low ?? '…'}–${p.high ?? '…'} (${p.certainty}) on ${toIso(p.x)}`;
}

/** Draws each claim's bounds as a vertical bar; an open side runs to the chart's edge, dashed. */
const boundBars = {
  id: 'boundBars',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    chart.data.datasets.forEach((dataset, i) => {
      if (!dataset.bounds || !chart.isDatasetVisible(i)) return;
      ctx.save();
      ctx.strokeStyle = dataset.borderColor;
      ctx.lineWidth = 2;
      for (const p of dataset.data) {
        const x = scales.x.getPixelForValue(p.x);
        const top = p.high === null ? chartArea.top : scales.y.getPixelForValue(p.high);
        const bottom = p.low === null ? chartArea.bottom : scales.y.getPixelForValue(p.low);
        ctx.setLineDash(p.high === null || p.low === null ? [4, 3] : []);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - 4, top);
        ctx.lineTo(x + 4, top);
        ctx.moveTo(x - 4, bottom);
        ctx.lineTo(x + 4, bottom);
        ctx.stroke();
      }
      ctx.restore();
    });
  } };

function timeline(s) {
  return el('div', { class: 'panel' }, el('h2', {}, 'Timeline'), table(['Date', 'Low', 'High', 'Sources', 'Certainty', 'Articles'],
    s.claims.map(c => [c.date || '—', c.value.low ?? '…', c.value.high ?? '…', c.sources.join(' ← ') || '—',
      c.certainty, String(c.articles.length)]), [1, 2, 5]));
}

function revisions(s) {
  return el('div', { class: 'panel', id: 'revisions' }, el('h2', {}, `Revisions (${s.revisions.length})`),
    s.revisions.length ? table(['Source', 'From', 'To'], s.revisions.map(r => [r.source || '—', r.from, r.to]))
      : el('p', { class: 'muted' }, 'None.'));
}

function conflicts(s) {
  return el('div', { class: 'panel', id: 'conflicts' }, el('h2', {}, `Conflicts (${s.conflicts.length})`),
    s.conflicts.length ? table(['Claims', 'Why'], s.conflicts.map(c => [c.claims.join(' vs '), c.reason]))
      : el('p', { class: 'muted' }, 'None.'));
}

function estimates(s) {
  return el('div', { class: 'panel' }, el('h2', {}, 'Estimates (low / best / high)'),
    table(['Date', 'Low', 'Best', 'High'], s.estimates.map(e => [e.date, String(e.low), String(e.best),
      e.high_open ? 'open' : String(e.high)]), [1, 2, 3]));
}
