import { get, post, ApiError } from './api.js';

// The status panel (store counts and ingest progress) and the form that posts an article.
export class Status {
  constructor(textNode, addButton, dialog) {
    this.text = textNode;
    this.add = addButton;
    this.dialog = dialog;
    const form = dialog.querySelector('form');
    const result = dialog.querySelector('#post-result');
    form.token.value = sessionStorage.getItem('dyad-token') || '';
    addButton.addEventListener('click', () => { result.textContent = ''; dialog.showModal(); });
    dialog.querySelector('#post-submit').addEventListener('click', async ev => {
      ev.preventDefault();
      if (!form.reportValidity()) return;
      sessionStorage.setItem('dyad-token', form.token.value);
      result.className = 'result';
      result.textContent = 'coding…';
      const article = { date: form.date.value, title: form.title.value, text: form.text.value, source: form.source.value };
      try {
        const r = await post('api/v1/articles?wait=120', article, form.token.value);
        const a = r.articles[0];
        result.textContent = `${a.id}: ${a.status}, ${a.events.length} events (${a.events.join(', ') || 'none'})`;
        result.dataset.events = String(a.events.length);
        result.dataset.article = a.id;
      } catch (e) {
        result.className = 'result error';
        result.textContent = e instanceof ApiError ? `${e.problem.code || ''} ${e.problem.detail}` : String(e);
      }
    });
  }

  async refresh() {
    const s = await get('api/v1/status');
    const c = s.stats.counts;
    let line = `${c.articles} articles · ${c.events} events · ${c.quarantined} quarantined`;
    if (s.ingest) {
      const i = s.ingest;
      line += ` · ingest: ${i.current ? 'coding ' + i.current : i.queued ? i.queued + ' queued' : 'idle'}`
        + `, ${i.stored} stored, ${i.quarantined} quarantined since start`;
    } else {
      line += ' · read-only';
    }
    this.text.textContent = line;
    this.text.dataset.articles = String(c.articles);
    this.text.dataset.events = String(c.events);
    this.text.dataset.quarantined = String(c.quarantined);
    this.text.dataset.version = String(s.version);
    this.add.hidden = !s.acceptsPosts;
    return s;
  }
}
