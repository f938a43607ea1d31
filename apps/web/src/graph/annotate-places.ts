import type { Core } from 'cytoscape';

/**
 * Records on each place the districts and cities above it in view (via PART_OF), for the place
 * filter. A street can sit under two districts over time (星桥街道: 余杭区, then 临平区); both count.
 */
export function annotatePlaces(cy: Core): void {
  cy.batch(() => {
    cy.edges('.part_of').forEach((e) => {
      const parent = e.target();
      if (!['district', 'city'].includes(parent.data('kind'))) return;
      const child = e.source();
      const within: string[] = child.data('within') ?? [];
      if (!within.includes(parent.data('label'))) child.data('within', [...within, parent.data('label')]);
    });
  });
}
