// An uploaded file's name as the browser gives it: a bare name, or its path inside a dropped folder.
const MAX_NAME = 500;

// Why the name cannot be used, or null when it can.
export function badFileName(name: string): string | null {
  if (!name.trim()) return 'a file has no name';
  if (name.length > MAX_NAME) return `the name "${name.slice(0, 60)}…" is longer than ${MAX_NAME} characters`;
  if (name.includes('\\') || name.startsWith('/')) return `"${name}": use a relative path with forward slashes`;
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) return `"${name}": a path part is empty, "." or ".."`;
  return null;
}

// The document's source key: under upload/, so a folder's layout (政府工作报告-省自治区/浙江省/2018.md)
// still tells its body and year, and a new version of the same path replaces the old.
export function jobSourceKey(name: string): string {
  return `upload/${name}`;
}
