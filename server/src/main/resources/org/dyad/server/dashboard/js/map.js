import { clear, goldsteinColor } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

// Where events happened: the world's countries (Natural Earth outlines from world-atlas, bundled) and a
// circle per place, its area the place's events, its colour their mean Goldstein value.
export class EventMap {
  constructor(node, countNode, onPlace) {
    this.node = node;
    this.countNode = countNode;
    this.onPlace = onPlace;
    this.world = fetch('vendor/world-atlas/countries-110m.json').then(r => r.json())
      .then(t => topojson.feature(t, t.objects.countries));
  }

  async render(geojson) {
    const world = await this.world;
    const w = this.node.clientWidth || 600;
    const h = this.node.clientHeight || 330;
    const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [w - 4, h - 4]], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    const sphere = document.createElementNS(SVG, 'path');
    sphere.setAttribute('class', 'sphere');
    sphere.setAttribute('d', path({ type: 'Sphere' }));
    svg.append(sphere);
    for (const f of world.features) {
      const p = document.createElementNS(SVG, 'path');
      p.setAttribute('class', 'land');
      p.setAttribute('d', path(f) || '');
      svg.append(p);
    }
    const max = Math.max(1, ...geojson.features.map(f => f.properties.events));
    let events = 0;
    // biggest first, so that small places stay clickable on top
    const features = [...geojson.features].sort((a, b) => b.properties.events - a.properties.events);
    for (const f of features) {
      const xy = projection(f.geometry.coordinates);
      if (!xy) continue;
      const c = document.createElementNS(SVG, 'circle');
      c.setAttribute('cx', xy[0].toFixed(1));
      c.setAttribute('cy', xy[1].toFixed(1));
      c.setAttribute('r', (3 + 17 * Math.sqrt(f.properties.events / max)).toFixed(1));
      c.setAttribute('fill', goldsteinColor(f.properties.meanGoldstein));
      c.dataset.place = f.properties.name;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${f.properties.name} (${f.properties.countryCode}): ${f.properties.events} events,`
        + ` mean Goldstein ${f.properties.meanGoldstein}`;
      c.append(title);
      c.addEventListener('click', () => this.onPlace(f.properties));
      svg.append(c);
      events += f.properties.events;
    }
    clear(this.node).append(svg);
    this.node.dataset.places = String(geojson.features.length);
    this.node.dataset.events = String(events);
    this.countNode.textContent = `${geojson.features.length} places, ${events} events`;
  }
}
