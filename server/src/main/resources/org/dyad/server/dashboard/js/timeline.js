import { QUAD_COLORS, QUAD_NAMES } from './dom.js';

// Events a day (week, month) by QuadClass as stacked bars, with the mean Goldstein value as a line.
export class Timeline {
  constructor(node, countNode) {
    this.node = node;
    this.countNode = countNode;
    this.chart = echarts.init(node, null, { renderer: 'canvas' });
    window.addEventListener('resize', () => this.chart.resize());
  }

  render(answer) {
    const byDate = new Map();
    let total = 0;
    for (const p of answer.points) {
      const d = byDate.get(p.date) || { q: [0, 0, 0, 0], g: 0 };
      d.q[p.quadClass - 1] += p.events;
      d.g += p.meanGoldstein * p.events;
      byDate.set(p.date, d);
      total += p.events;
    }
    const dates = [...byDate.keys()].sort();
    const series = QUAD_NAMES.map((name, i) => ({
      name: `${i + 1} ${name}`, type: 'bar', stack: 'events', barMaxWidth: 18, barMinWidth: 3,
      itemStyle: { color: QUAD_COLORS[i] },
      data: dates.map(d => [d, byDate.get(d).q[i]]),
    }));
    series.push({
      // points, not a line: a line would join days years apart
      name: 'mean Goldstein', type: 'scatter', yAxisIndex: 1, symbolSize: 5, itemStyle: { color: '#333', opacity: 0.7 },
      data: dates.map(d => {
        const x = byDate.get(d);
        const n = x.q.reduce((a, b) => a + b, 0);
        return [d, n ? Math.round(100 * x.g / n) / 100 : 0];
      }),
    });
    const window_ = Timeline.window(dates, byDate, total);
    this.chart.setOption({
      animation: false,
      grid: { left: 44, right: 44, top: 30, bottom: 58 },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'time' },
      yAxis: [{ type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } }],
      dataZoom: [{ type: 'slider', height: 18, bottom: 8, ...window_ }, { type: 'inside', ...window_ }],
      series,
    }, true);
    this.node.dataset.zoomStart = window_.startValue || '';
    this.node.dataset.events = String(total);
    this.node.dataset.days = String(dates.length);
    this.countNode.textContent = `${total} events on ${dates.length} ${answer.bucket === 'day' ? 'days' : answer.bucket + 's'}`;
  }

  /**
   * The window first shown: from the day after which half of the events fall, so that a store
   * spanning years with a busy recent month opens on that month; the slider shows the whole range.
   */
  static window(dates, byDate, total) {
    if (dates.length < 2) return {};
    let after = total;
    for (let i = 0; i < dates.length; i++) {
      const x = byDate.get(dates[i]);
      const n = x.q.reduce((a, b) => a + b, 0);
      if (after - n < 0.5 * total) {
        if (i === 0) return {};
        const start = new Date(dates[i]);
        start.setUTCDate(start.getUTCDate() - 3);
        const end = new Date(dates[dates.length - 1]);
        end.setUTCDate(end.getUTCDate() + 2);
        return { startValue: start.toISOString().slice(0, 10), endValue: end.toISOString().slice(0, 10) };
      }
      after -= n;
    }
    return {};
  }
}
