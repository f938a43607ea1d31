import type { Core } from 'cytoscape';

/** Marks the tie under review (and its two ends) so it stands out in the slogan's neighbourhood. */
export function markTie(cy: Core, project: string, sloganId: string): number {
  cy.elements('.review-tie').removeClass('review-tie');
  const ties = cy.edges('[type = "FULFILS"]').filter((e) => e.target().id() === sloganId && e.source().data('label') === project);
  ties.union(ties.connectedNodes()).addClass('review-tie');
  return ties.length;
}
