// DOM helpers. Text from articles and the API only ever goes in through text nodes (textContent), never as HTML.

/** An element with attributes and children; strings become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `node`. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A link inside the app; only our own hash routes, never a URL taken from an article. */
export function appLink(route, text) {
  return el('a', { href: '#/' + route.map(encodeURIComponent).join('/') }, text);
}

/** A table with a header row; each row is a list of cells (strings or nodes). */
export function table(headers, rows, numeric = []) {
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(row => el('tr', {}, row.map((cell, i) =>
      el('td', { class: numeric.includes(i) ? 'num' : null }, cell))))));
}

/** "Around 300" plus its bounds, as an analyst reads them. */
export function bounds(value) {
  if (!value) return '';
  const low = value.low ?? '…';
  const high = value.high ?? '…';
  const range = value.low === value.high ? String(value.low) : `${low}–${high}`;
  return `${range}${value.approx ? ' (approx.)' : ''}`;
}

export function sourceNames(claim) {
  return (claim.sources || []).map(s => s.name).join(' ← ') || 'the article itself';
}

/** An http(s) URL from the data as a link opening elsewhere; anything else (javascript:, data:) as plain text. */
export function externalLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text || url);
    }
  } catch (e) { /* not a URL */ }
  return document.createTextNode(text || String(url ?? ''));
}
