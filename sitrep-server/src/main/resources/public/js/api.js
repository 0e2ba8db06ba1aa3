// The JSON API. Store-changing calls send the bearer token kept for this tab, asking for it once on a 401.

const TOKEN_KEY = 'sitrep.token';

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new ApiError(body);
  return body;
}

export async function postArticle(path, body, contentType, changesStore) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const headers = { 'Content-Type': contentType, Accept: 'application/json' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (changesStore && token) headers.Authorization = 'Bearer ' + token;
    const response = await fetch(path, { method: 'POST', headers, body });
    const json = await response.json();
    if (response.status === 401 && changesStore && attempt === 0) {
      const given = window.prompt('This server needs its token to store articles:');
      if (!given) throw new ApiError(json);
      sessionStorage.setItem(TOKEN_KEY, given.trim());
      continue;
    }
    if (!response.ok) throw new ApiError(json);
    return json;
  }
  throw new Error('unreachable');
}

export class ApiError extends Error {
  constructor(body) {
    const fields = (body.fields || []).map(f => `${f.field}: ${f.problem}`).join('; ');
    super(`${body.error || 'request failed'}${fields ? ' (' + fields + ')' : ''}`);
    this.body = body;
  }
}
