import { goldsteinColor } from './dom.js';

// Who interacts with whom: actor codes as nodes sized by their events, directed edges coloured by the
// events' mean Goldstein value (red conflict, blue cooperation) and as wide as they are frequent.
export class Network {
  constructor(node, countNode, onActor) {
    this.node = node;
    this.countNode = countNode;
    this.onActor = onActor;
    this.cy = cytoscape({
      container: node, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 4,
      style: [
        { selector: 'node', style: {
          label: 'data(id)', 'font-size': 12, 'text-outline-width': 2, 'text-outline-color': '#fff', 'text-valign': 'center', color: '#1d2330',
          'background-color': '#c9d6ee', 'border-width': 1, 'border-color': '#7d93bd',
          width: 'data(size)', height: 'data(size)' } },
        { selector: 'edge', style: {
          width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
      ],
    });
    this.cy.on('tap', 'node', e => this.onActor(e.target.id()));
  }

  render(answer) {
    const max = Math.max(1, ...answer.nodes.map(n => n.events));
    const maxEdge = Math.max(1, ...answer.edges.map(e => e.events));
    const elements = answer.nodes.map(n => ({ data: { id: n.code, size: 16 + 34 * Math.sqrt(n.events / max) } }));
    answer.edges.forEach((e, i) => elements.push({ data: {
      id: 'e' + i, source: e.source, target: e.target,
      width: 1 + 6 * e.events / maxEdge, color: goldsteinColor(e.meanGoldstein) } }));
    this.cy.elements().remove();
    this.cy.add(elements);
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 4000, idealEdgeLength: () => 40,
      componentSpacing: 30, gravity: 40, padding: 10 }).run();
    this.cy.fit(undefined, 12);
    const events = answer.edges.reduce((a, e) => a + e.events, 0);
    this.node.dataset.nodes = String(answer.nodes.length);
    this.node.dataset.edges = String(answer.edges.length);
    this.node.dataset.events = String(events);
    this.countNode.textContent = `${answer.nodes.length} actors, ${answer.edges.length} edges, ${events} events`;
  }
}
