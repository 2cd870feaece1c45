// The dashboard's calls to the API: the filter bar's fields become query parameters.
export const FILTER_FIELDS = ['from', 'to', 'actor', 'country', 'cameo', 'quad', 'plover', 'minConfidence', 'text'];

export function query(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_FIELDS) {
    const v = filters[k];
    if (v !== undefined && v !== null && String(v).trim() !== '') p.set(k, String(v).trim());
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const s = p.toString();
  return s ? '?' + s : '';
}

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'request failed');
    this.problem = problem;
  }
}

export async function get(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  return answer(res);
}

export async function post(path, body, token) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify(body),
  });
  return answer(res);
}

async function answer(res) {
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(typeof body === 'object' ? body : { title: res.statusText, detail: body });
  return body;
}
