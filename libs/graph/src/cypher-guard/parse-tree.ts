import { getDebugTree, isNotParamError, lintCypherQuery, type SimpleTree } from '@neo4j-cypher/language-support';

/** A node of the Neo4j language-support parse tree: rule nodes have children, tokens do not. */
export type ParseNode = SimpleTree;

export interface ParsedCypher {
  tree: ParseNode;
  errors: string[];
}

const ERROR_SEVERITY = 1;

/**
 * Parses with Neo4j's own grammar and semantic analysis; errors are the server's wording.
 * Parameters arrive beside the query, so "parameter not defined" is not an error here.
 */
export function parseCypher(query: string): ParsedCypher {
  const { diagnostics } = lintCypherQuery(query, {}, { consoleCommandsEnabled: false });
  const errors = diagnostics
    .map((d) => ({ severity: d.severity, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter((d) => d.severity === ERROR_SEVERITY && isNotParamError(d))
    .map((d) => d.message);
  return { tree: getDebugTree(query), errors };
}

export function isRule(node: ParseNode): boolean {
  return (node.children?.length ?? 0) > 0;
}

export function childrenOf(node: ParseNode): ParseNode[] {
  return node.children ?? [];
}

/** Token texts under a node, in order. */
export function tokenTexts(node: ParseNode): string[] {
  if (!isRule(node)) return [node.name];
  return childrenOf(node).flatMap(tokenTexts);
}

export function textOf(node: ParseNode): string {
  return tokenTexts(node).join(' ');
}

/** Depth-first visit of every rule node; `visit` returns a value to stop early. */
export function findInTree<T>(node: ParseNode, visit: (rule: ParseNode) => T | null): T | null {
  if (!isRule(node)) return null;
  const found = visit(node);
  if (found !== null) return found;
  for (const child of childrenOf(node)) {
    const inChild = findInTree(child, visit);
    if (inChild !== null) return inChild;
  }
  return null;
}
