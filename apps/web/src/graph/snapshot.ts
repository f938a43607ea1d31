import type { Core, ElementDefinition } from 'cytoscape';

export interface Snapshot {
  elements: ElementDefinition[];
}

export function takeSnapshot(cy: Core): Snapshot {
  return { elements: cy.elements().jsons() as ElementDefinition[] };
}

/** Puts back elements with their positions, so undo does not need a new layout. */
export function restoreSnapshot(cy: Core, snap: Snapshot): void {
  cy.batch(() => {
    cy.elements().remove();
    cy.add(snap.elements);
  });
}
