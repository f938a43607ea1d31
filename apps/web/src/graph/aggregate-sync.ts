import type { Core, Collection, ElementDefinition, Position } from 'cytoscape';
import { GraphElement } from './types';

/**
 * Makes the graph hold exactly `next`: elements that stay keep their position and get the new
 * data (a group's count changes as members leave it); returns what was added.
 */
export function syncElements(cy: Core, next: readonly GraphElement[]): Collection {
  const wanted = new Map(next.map((el) => [el.data.id, el]));
  let added: Collection = cy.collection();
  cy.batch(() => {
    cy.elements().filter((el) => !wanted.has(el.id())).remove();
    const fresh: ElementDefinition[] = [];
    for (const [id, el] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) fresh.push(el as ElementDefinition);
      else existing.data(el.data);
    }
    const nodes = fresh.filter((el) => el.data.source === undefined);
    added = cy.add([...nodes, ...fresh.filter((el) => el.data.source !== undefined)]);
  });
  return added;
}

/** Sets new nodes in rings around where their group stood, so the rest of the view does not move. */
export function ringAround(nodes: Collection, centre: Position, spacing = 46): void {
  let ring = 1;
  let slot = 0;
  nodes.nodes().forEach((node) => {
    const perRing = 6 * ring;
    const angle = (2 * Math.PI * slot) / perRing;
    node.position({ x: centre.x + ring * spacing * Math.cos(angle), y: centre.y + ring * spacing * Math.sin(angle) });
    if (++slot === perRing) {
      ring += 1;
      slot = 0;
    }
  });
}
