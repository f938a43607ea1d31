// Surface forms that are one entity: quotes, brackets, spaces, full-width forms and
// traditional script do not make a new name. OpenCC's tables load with the first name, not with
// every process that imports the graph library.
let converter: ((s: string) => string) | undefined;
const toSimplified = (s: string) => (converter ??= (require('opencc-js') as typeof import('opencc-js')).Converter({ from: 'hk', to: 'cn' }))(s);
const WRAPPERS = /["'“”‘’「」『』《》〈〉【】〔〕()（）\s\u3000]/g;

export function canonicalName(raw: string): string {
  const plain = raw.normalize('NFKC').replace(WRAPPERS, '');
  return toSimplified(plain || raw.trim());
}

// Listed aliases: a name on the left is the entity on the right, whichever document uses it.
export type AliasTable = ReadonlyMap<string, string>;

export function buildAliasTable(entries: Record<string, string[]>): AliasTable {
  const table = new Map<string, string>();
  for (const [name, aliases] of Object.entries(entries))
    for (const alias of aliases) table.set(canonicalName(alias), canonicalName(name));
  return table;
}

export function resolveName(raw: string, table: AliasTable): string {
  const name = canonicalName(raw);
  return table.get(name) ?? name;
}
