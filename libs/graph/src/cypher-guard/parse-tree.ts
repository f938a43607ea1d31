/** A node of the Neo4j language-support parse tree: rule nodes have children, tokens do not. */
export interface ParseNode {
  name: string;
  children?: ParseNode[];
}

export interface ParsedCypher {
  tree: ParseNode;
  errors: string[];
}

/** The parts of an ANTLR parse the guard reads; the language service keeps them internal. */
interface AntlrNode {
  ruleIndex?: number;
  children?: AntlrNode[] | null;
  getText(): string;
}
interface StatementParse {
  ctx: AntlrNode;
  parser: { ruleNames: string[]; syntaxErrorsCount: number };
  syntaxErrors: { message: string }[];
  tokens: { text?: string; start: number }[];
}
interface InternalParser {
  parse(query: string): { statementsParsing: StatementParse[] };
}

// Only the ANTLR parse (about 20 ms); the semantic analysis behind lintCypherQuery costs
// 50-300 ms and more under load, and the server's EXPLAIN reports the same semantic errors.
// Loaded at the first parse: the package takes about 0.8 s to load, and only the console parses, so
// nothing else that imports this library (every kg command, the API's other routes) waits for it.
let language: InternalParser | undefined;
function parser(): InternalParser {
  if (!language) {
    // the 2.0.0-next releases up to next.20 run on Node 20 (later ones ask for Node 22 or 24); their
    // parserWrapper is the parse that the later CypherLanguageService wraps
    const { parserWrapper } = require('@neo4j-cypher/language-support') as typeof import('@neo4j-cypher/language-support');
    language = parserWrapper as unknown as InternalParser;
  }
  return language;
}

function toTree(node: AntlrNode, ruleNames: string[]): ParseNode {
  if (node.ruleIndex === undefined) return { name: node.getText(), children: [] };
  return { name: ruleNames[node.ruleIndex] ?? '', children: (node.children ?? []).map((child) => toTree(child, ruleNames)) };
}

// After a final ";" the parser sees an empty statement, which is not an error.
function isBlank(statement: StatementParse): boolean {
  return statement.tokens.every((token) => token.text === undefined || token.text === '<EOF>' || token.text.trim() === '');
}

// The parser's own count covers what the error listener leaves unworded (recovered tokens, trailing text).
function syntaxErrorsOf(statement: StatementParse): string[] {
  const worded = statement.syntaxErrors.map((error) => error.message);
  if (worded.length > 0 || statement.parser.syntaxErrorsCount === 0 || isBlank(statement)) return worded;
  return ['the parser could not read the whole statement; check for stray words or unbalanced brackets'];
}

/**
 * Parses with Neo4j's own grammar (no semantic analysis). The tree holds one
 * `statementOrCommand` per statement; errors are the parser's wording.
 */
export function parseCypher(query: string): ParsedCypher {
  const statements = parser().parse(query).statementsParsing;
  const children = statements.flatMap((statement) => toTree(statement.ctx, statement.parser.ruleNames).children ?? []);
  return { tree: { name: 'topNode', children }, errors: statements.flatMap(syntaxErrorsOf) };
}

/** Loads the parser and its tables, so the first analyst's query does not pay for it. */
export function warmCypherParser(): void {
  parseCypher('MATCH (n:Warm {name: $name})-[r]->(m) WHERE m.year > 2000 RETURN n, count(r) ORDER BY n.name LIMIT 1');
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
