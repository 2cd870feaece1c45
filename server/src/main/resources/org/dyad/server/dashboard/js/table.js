import { el, clear } from './dom.js';

// The events, a page at a time (cursor paging); a row opens the event's evidence.
export class EventTable {
  constructor(table, countNode, moreButton, onEvent) {
    this.body = table.querySelector('tbody');
    this.table = table;
    this.countNode = countNode;
    this.more = moreButton;
    this.onEvent = onEvent;
    this.next = null;
    this.loadMore = null;
  }

  render(page, total, loadMore) {
    clear(this.body);
    this.rows = 0;
    this.total = total;
    this.append(page);
    this.loadMore = loadMore;
    this.more.onclick = async () => this.append(await this.loadMore(this.next));
  }

  append(page) {
    for (const e of page.events) {
      const ev = e.evidence[0];
      const tr = el('tr', { class: 'q' + e.quadClass, dataset: { event: String(e.eventId) }, onclick: () => this.onEvent(e.eventId) },
        el('td', { text: e.date }),
        el('td', {}, el('span', { class: 'code', text: e.source.code }), ' ', e.source.name),
        el('td', {}, el('span', { class: 'code', text: e.cameo }), ' ', e.cameoName),
        el('td', {}, e.target ? [el('span', { class: 'code', text: e.target.code }), ' ', e.target.name] : '–'),
        el('td', { text: e.location ? e.location.name : '' }),
        el('td', { text: e.confidence.toFixed(2) }),
        el('td', { text: String(e.numMentions) }),
        el('td', { class: 'evidence', text: ev.text.length > 160 ? ev.text.slice(0, 157) + '…' : ev.text }));
      this.body.append(tr);
      this.rows++;
    }
    if (this.rows === 0) {
      this.body.append(el('tr', {}, el('td', { colspan: 8, class: 'empty', text: 'No events match these filters.' })));
    }
    this.next = page.next;
    this.more.hidden = !page.next;
    this.table.dataset.rows = String(this.rows);
    this.table.dataset.total = String(this.total);
    this.countNode.textContent = `${this.rows} of ${this.total} events`;
  }
}
