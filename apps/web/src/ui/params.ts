/** Console parameters: a JSON object, or null when the text is anything else. Empty means none. */
export function parseParams(text: string): Record<string, unknown> | null {
  if (!text.trim()) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Parameters the query declares or is given but that were left empty: a query then matches nothing and should say why. */
export function emptyParams(params: Record<string, unknown>, declared: readonly string[] = []): string[] {
  const names = [...new Set([...declared, ...Object.keys(params)])];
  return names.filter((p) => params[p] === undefined || params[p] === null || params[p] === '');
}
