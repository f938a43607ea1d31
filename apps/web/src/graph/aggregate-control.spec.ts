import cytoscape, { ElementDefinition } from 'cytoscape';
import { ViewGroups } from './aggregate-control';
import type { AggregateNotice } from './aggregate-notice';
import { syncElements } from './aggregate-sync';
import { graph } from './aggregate.fixture';
import { GraphElement } from './types';

const STREETS = 'group:street:330113';
const PROJECTS = 'group:project:330113';
const quietNotice = { show: () => undefined, select: () => undefined } as unknown as AggregateNotice;

/** A headless graph holding `elements`, grouped past `above` like the page's view. */
function viewOf(elements: readonly GraphElement[], above: number) {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  const host = {
    cy,
    elements: () => cy.elements().map((e) => ({ group: e.group(), data: { ...e.data() } }) as GraphElement),
    show: (next: readonly GraphElement[]) => syncElements(cy, next),
  };
  const groups = new ViewGroups(host, quietNotice);
  groups.above = above;
  cy.add((groups.start(elements, []) ?? elements) as ElementDefinition[]);
  cy.nodes().forEach((n, i) => void n.position({ x: 100 * i, y: 50 }));
  return { cy, groups };
}

const onScreen = (cy: cytoscape.Core, id: string) => cy.getElementById(id).nonempty();
const positionsFinite = (cy: cytoscape.Core) => cy.nodes().map((n) => n.position()).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y));

describe('ViewGroups', () => {
  it('keeps the focus and the selection single when an addition first makes the view grouped', () => {
    const { cy, groups } = viewOf(graph.slice(0, -1), graph.length - 1);
    expect(groups.active).toBe(false);
    cy.getElementById('330113005').addClass('focus');
    cy.getElementById('330113004').select();
    expect(groups.add(graph.slice(-1), [])).toBe(true);
    expect(onScreen(cy, '330113005')).toBe(true);
    expect(onScreen(cy, '330113004')).toBe(true);
    expect(onScreen(cy, PROJECTS)).toBe(true);
  });

  it('does not bring back a hidden group when another group expands or elements arrive', () => {
    const { cy, groups } = viewOf(graph, 10);
    groups.remove(cy.getElementById(STREETS));
    groups.expand(PROJECTS);
    expect(onScreen(cy, STREETS)).toBe(false);
    groups.add([{ group: 'nodes', data: { id: 'slogan:萧滨一体化', label: '萧滨一体化', type: 'Slogan' } }], []);
    for (const id of [STREETS, '330113004', '330113005', '330113006']) expect(onScreen(cy, id)).toBe(false);
    expect(onScreen(cy, 'slogan:萧滨一体化')).toBe(true);
  });

  it('ignores the expansion of a group that is not on screen', () => {
    const { cy, groups } = viewOf(graph, 10);
    cy.getElementById(STREETS).remove();
    expect(groups.expand(STREETS)).toBe(0);
    expect(onScreen(cy, '330113004')).toBe(false);
    expect(positionsFinite(cy)).toBe(true);
  });

  it('draws the last member of a group as itself, where the group stood', () => {
    const { cy, groups } = viewOf(graph, 10);
    const centre = { ...cy.getElementById(STREETS).position() };
    expect(groups.expand(STREETS, 2)).toBe(2);
    expect(onScreen(cy, STREETS)).toBe(false);
    const last = cy.getElementById('330113006');
    expect(last.nonempty() && !last.data('aggregate')).toBe(true);
    expect(Math.hypot(last.position().x - centre.x, last.position().y - centre.y)).toBeLessThan(200);
    expect(positionsFinite(cy)).toBe(true);
  });
});
