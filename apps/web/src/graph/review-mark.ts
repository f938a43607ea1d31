import type { Core } from 'cytoscape';

export interface ReviewMark {
  /** a relationship: its type, the label of its source and the id of its target */
  edge: { type: string; sourceLabel: string; target: string } | null;
  /** an entity: its id */
  node: string | null;
}

/** Marks the fact under review (a relationship and its two ends, or an entity) so it stands out; returns how many elements. */
export function markReviewed(cy: Core, mark: ReviewMark): number {
  cy.elements('.review-tie').removeClass('review-tie');
  const { edge, node } = mark;
  const edges = edge ? cy.edges().filter((e) => e.data('type') === edge.type && e.target().id() === edge.target && e.source().data('label') === edge.sourceLabel) : cy.collection();
  const marked = edges.union(edges.connectedNodes()).union(node ? cy.getElementById(node) : cy.collection());
  marked.addClass('review-tie');
  return marked.length;
}
