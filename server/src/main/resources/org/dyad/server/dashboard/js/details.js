import { el, clear, highlighted, QUAD_NAMES, QUAD_COLORS } from './dom.js';
import { get } from './api.js';

// The drawer: an event's evidence, an article with everything coded in it, an actor's profile.
export class Details {
  constructor(drawer, body, nav) {
    this.drawer = drawer;
    this.body = body;
    this.nav = nav; // { event(id), article(id), actor(code) }
    drawer.querySelector('.close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', e => { if (e.key === 'Escape') this.close(); });
  }

  open(...nodes) {
    clear(this.body).append(...nodes);
    this.drawer.hidden = false;
    this.drawer.scrollTop = 0;
  }

  close() {
    this.drawer.hidden = true;
    if (location.hash.includes('/')) history.replaceState(null, '', location.pathname + location.search);
  }

  actorLink(code) {
    return el('button', { class: 'linkish', text: code, onclick: () => this.nav.actor(code) });
  }

  legend() {
    return el('p', { class: 'legend' }, el('span', {}, el('mark', { class: 'hl-source', text: 'source' })),
      el('span', {}, el('mark', { class: 'hl-target', text: 'target' })),
      el('span', {}, el('mark', { class: 'hl-trigger', text: 'trigger' })));
  }

  /** The marks of an event's actors and trigger, in article offsets. */
  static marks(e) {
    const m = [{ begin: e.source.begin, end: e.source.end, cls: 'hl-source', title: `source ${e.source.code}` },
      { begin: e.trigger.begin, end: e.trigger.end, cls: 'hl-trigger', title: `trigger of CAMEO ${e.cameo}` }];
    if (e.target) m.push({ begin: e.target.begin, end: e.target.end, cls: 'hl-target', title: `target ${e.target.code}` });
    return m;
  }

  async event(id) {
    const d = await get(`api/v1/events/${encodeURIComponent(id)}`);
    const e = d.event;
    const head = el('div', {},
      el('h2', { text: `${e.source.name} → ${e.cameoName}${e.target ? ' → ' + e.target.name : ''}` }),
      el('p', { class: 'meta' }, `Event ${e.eventId} · ${e.date} (${e.datePrecision}) · CAMEO `,
        el('span', { class: 'code', text: e.cameo }), ` · QuadClass ${e.quadClass} ${QUAD_NAMES[e.quadClass - 1]}`,
        ` · Goldstein ${e.goldstein} · PLOVER ${e.plover ? e.plover.type : '–'} · confidence ${e.confidence.toFixed(2)}`),
      el('p', { class: 'meta' }, 'Source ', this.actorLink(e.source.code), e.target ? [' · target ', this.actorLink(e.target.code)] : '',
        e.location ? ` · place ${e.location.name} (${e.location.countryCode})` : '',
        ` · ${e.numMentions} mentions in ${e.numArticles} articles from ${e.numSources} sources`),
      this.legend());
    const reports = d.reports.length ? d.reports : [{ article: { id: e.articleId, date: e.articleDate, title: '' }, event: e }];
    const items = reports.map(r => {
      const re = r.event;
      const sentences = re.evidence.map(ev => el('div', { class: 'sentence', dataset: { sentence: String(ev.sentence) } },
        highlighted(ev.text, ev.begin, ev.end, Details.marks(re))));
      return el('section', { class: 'report' },
        el('h3', {}, el('button', { class: 'linkish', text: r.article.title || r.article.id, onclick: () => this.nav.article(r.article.id) })),
        el('p', { class: 'meta', text: `${r.article.date} · ${r.article.sourceName || ''} ${r.article.url ? '· ' + r.article.url : ''}` }),
        ...sentences,
        el('p', { class: 'meta', text: `rule ${re.provenance.rule} · entry ${re.provenance.entry || '–'} · ${re.provenance.version}`
          + ` · source by ${re.source.provenance.rule}${re.target ? ', target by ' + re.target.provenance.rule : ''}` }));
    });
    this.open(head, el('div', { id: 'evidence' }, items));
  }

  async article(id) {
    const d = await get(`api/v1/articles/${encodeURIComponent(id)}`);
    const a = d.article;
    const marks = d.actors.map(s => ({ begin: s.begin, end: s.end, cls: 'hl-actor', title: `${s.code} (${s.provenance.rule})` }));
    for (const x of d.events) marks.push(...Details.marks(x.event));
    const list = el('table', {}, el('tr', {}, el('th', { text: 'date' }), el('th', { text: 'source' }), el('th', { text: 'event' }), el('th', { text: 'target' })),
      d.events.map(x => el('tr', {},
        el('td', { text: x.event.date }), el('td', {}, this.actorLink(x.event.source.code)),
        el('td', {}, el('button', { class: 'linkish', text: `${x.event.cameo} ${x.event.cameoName}`, onclick: () => this.nav.event(x.eventId) })),
        el('td', {}, x.event.target ? this.actorLink(x.event.target.code) : '–'))));
    this.open(el('h2', { text: a.title || a.id }),
      el('p', { class: 'meta', text: `${a.date} · ${a.sourceName} · ${a.sentenceCount} sentences · ${d.events.length} events · ${d.actors.length} actor mentions · ${d.quotes.length} quotes` }),
      a.url ? el('p', { class: 'meta', text: a.url }) : '',
      el('h3', { text: 'Events' }), list, this.legend(),
      el('div', { class: 'article-text', id: 'article-text' }, highlighted(d.text, 0, d.text.length, marks)));
  }

  async actor(code) {
    const p = await get(`api/v1/actors/${encodeURIComponent(code)}`);
    const tally = (rows, withG) => el('table', {}, rows.map(t => el('tr', {}, el('td', {}, withG ? this.actorLink(t.label) : t.label),
      el('td', { text: String(t.count) }), withG ? el('td', { text: `Goldstein ${t.meanGoldstein}` }) : '')));
    const chart = el('div', { class: 'chart', style: 'height:200px' });
    this.open(el('h2', {}, el('span', { class: 'code', text: p.code }), ' ', p.names.length ? p.names[0].label : ''),
      el('p', { class: 'meta', text: `${p.asSource} events as source, ${p.asTarget} as target · ${p.firstDate || '–'} to ${p.lastDate || '–'}` }),
      el('button', { text: 'Filter the dashboard by this actor', onclick: () => this.nav.filterActor(p.code) }),
      el('h3', { text: `Events by month of ${p.code} and the codes that begin with it` }), chart,
      el('h3', { text: 'Partners' }), tally(p.partners, true),
      el('h3', { text: 'Names in events' }), tally(p.names, false),
      el('h3', { text: 'As written' }), tally(p.texts, false),
      el('h3', { text: 'Resolved by' }), tally(p.rules, false));
    const t = await get(`api/v1/timeline?actor=${encodeURIComponent(p.code)}&bucket=month`);
    const months = [...new Set(t.points.map(x => x.date))].sort();
    const c = echarts.init(chart);
    c.setOption({ animation: false, grid: { left: 36, right: 10, top: 10, bottom: 24 }, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value', minInterval: 1 },
      series: [1, 2, 3, 4].map(q => ({ type: 'bar', stack: 'q', name: QUAD_NAMES[q - 1], itemStyle: { color: QUAD_COLORS[q - 1] },
        data: months.map(m => t.points.filter(x => x.date === m && x.quadClass === q).reduce((a, x) => a + x.events, 0)) })) });
  }

  async place(place, filterQuery) {
    const sep = filterQuery ? '&' : '?';
    const page = await get(`api/v1/events${filterQuery}${sep}place=${encodeURIComponent(place.name)}&limit=100&order=-date`);
    const rows = page.events.map(e => el('tr', {},
      el('td', { text: e.date }), el('td', {}, this.actorLink(e.source.code)),
      el('td', {}, el('button', { class: 'linkish', text: `${e.cameo} ${e.cameoName}`, onclick: () => this.nav.event(e.eventId) })),
      el('td', {}, e.target ? this.actorLink(e.target.code) : '–')));
    this.open(el('h2', { text: place.name }),
      el('p', { class: 'meta', text: `${place.countryCode} · ${place.events} events · mean Goldstein ${place.meanGoldstein}` }),
      el('table', {}, rows));
  }
}
