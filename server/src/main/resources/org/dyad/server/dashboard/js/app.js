import { get, query, FILTER_FIELDS } from './api.js';
import { Timeline } from './timeline.js';
import { Network } from './network.js';
import { EventMap } from './map.js';
import { EventTable } from './table.js';
import { Details } from './details.js';
import { Status } from './status.js';
import { el } from './dom.js';

// The dashboard: a filter bar whose values live in the address (#?country=RUS&quad=4), five views
// that load from the API, a drawer for details, and a live stream that refreshes all when the store
// gains events.
const $ = id => document.getElementById(id);
const form = $('filters');

function filters() {
  const f = {};
  for (const k of FILTER_FIELDS) f[k] = form.elements[k] ? form.elements[k].value : '';
  return f;
}

function readAddress() {
  const h = location.hash.startsWith('#?') ? location.hash.slice(2) : '';
  const p = new URLSearchParams(h);
  for (const k of FILTER_FIELDS) if (form.elements[k]) form.elements[k].value = p.get(k) || '';
}

function writeAddress() {
  const q = query(filters());
  history.replaceState(null, '', location.pathname + (q ? '#' + q : ''));
}

const nav = {
  event: id => details.event(id).catch(fail),
  article: id => details.article(id).catch(fail),
  actor: code => details.actor(code).catch(fail),
  filterActor: code => { form.elements.actor.value = code; details.close(); apply(); },
};
const details = new Details($('drawer'), $('drawer-body'), nav);
const timeline = new Timeline($('timeline'), $('timeline-count'));
const network = new Network($('network'), $('network-count'), nav.actor);
const map = new EventMap($('map'), $('map-count'), place => details.place(place, query(filters())).catch(fail));
const table = new EventTable($('events'), $('table-count'), $('more'), nav.event);
const status = new Status($('status-text'), $('add-article'), $('post-dialog'));

function fail(e) {
  document.body.dataset.error = e.message;
  details.open(el('h2', { text: 'Something went wrong' }), el('p', { text: e.message }));
}

let generation = 0;
async function refresh() {
  const mine = ++generation;
  const f = filters();
  document.body.dataset.loading = 'true';
  try {
    const order = $('order').value;
    const [tl, net, places, page] = await Promise.all([
      get('api/v1/timeline' + query(f, { bucket: $('bucket').value })),
      get('api/v1/network' + query(f, { limit: 60 })),
      get('api/v1/places' + query(f, { limit: 500 })),
      get('api/v1/events' + query(f, { limit: 50, order, total: 'true' })),
    ]);
    if (mine !== generation) return;
    timeline.render(tl);
    network.render(net);
    await map.render(places);
    table.render(page, page.total, next => get('api/v1/events' + query(f, { limit: 50, order, cursor: next })));
    await status.refresh();
    delete document.body.dataset.error;
  } catch (e) {
    fail(e);
  } finally {
    if (mine === generation) {
      document.body.dataset.loading = 'false';
      document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
    }
  }
}

function apply() {
  writeAddress();
  refresh();
}

form.addEventListener('submit', e => { e.preventDefault(); if (form.reportValidity()) apply(); });
form.addEventListener('reset', () => setTimeout(apply, 0));
$('bucket').addEventListener('change', refresh);
$('order').addEventListener('change', refresh);

async function init() {
  const plover = await get('api/v1/codebooks/plover');
  for (const t of plover.types) form.elements.plover.append(el('option', { value: t.type, text: t.type }));
  readAddress();
  await refresh();
  // live: the server says when the store's version moves; refresh then, at most every two seconds
  const live = $('live');
  let pending = null;
  let seen = null;
  const source = new EventSource('api/v1/stream');
  source.addEventListener('open', () => live.classList.add('on'));
  source.addEventListener('error', () => live.classList.remove('on'));
  source.addEventListener('version', ev => {
    live.classList.add('on');
    if (seen !== null && ev.data !== seen && !pending) pending = setTimeout(() => { pending = null; refresh(); }, 500);
    seen = ev.data;
    document.body.dataset.version = ev.data;
  });
}

init();
