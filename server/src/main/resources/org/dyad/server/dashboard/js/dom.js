// Builds elements from data with textContent only: nothing a store holds is ever parsed as HTML.
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLORS = ['#3b82c4', '#1f9d6b', '#e0a030', '#c8413b'];

// Goldstein -10 (red) .. 0 (grey) .. +10 (blue)
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  if (t < 0) return `rgb(${200}, ${Math.round(190 + 120 * t)}, ${Math.round(190 + 130 * t)})`;
  return `rgb(${Math.round(190 - 140 * t)}, ${Math.round(190 - 50 * t)}, ${Math.round(200 + 20 * t)})`;
}

/**
 * The text of a span [begin, end) of a document with marks over the given spans (offsets into the
 * same document), as DOM nodes. Overlapping marks are nested in the order given.
 */
export function highlighted(text, begin, end, marks) {
  const inside = marks.filter(m => m.begin < end && m.end > begin && m.end > m.begin)
    .map(m => ({ ...m, begin: Math.max(m.begin, begin), end: Math.min(m.end, end) }))
    .sort((a, b) => a.begin - b.begin || b.end - a.end);
  const out = document.createDocumentFragment();
  let at = begin;
  for (const m of inside) {
    if (m.begin < at) continue; // overlaps one already marked
    if (m.begin > at) out.append(text.slice(at - begin, m.begin - begin));
    const mark = el('mark', { class: m.cls, title: m.title || '' }, text.slice(m.begin - begin, m.end - begin));
    out.append(mark);
    at = m.end;
  }
  if (at < end) out.append(text.slice(at - begin));
  return out;
}
