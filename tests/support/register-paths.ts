// jest applies moduleNameMapper to test files but not to globalSetup/globalTeardown, so those
// resolve the @policy-graph/* aliases of tsconfig.base.json through this hook.
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
const original = moduleWithResolve._resolveFilename;

moduleWithResolve._resolveFilename = function (request: string, ...rest: unknown[]) {
  const target = compilerOptions.paths[request]?.[0];
  return original.call(this, target ? join(ROOT, target) : request, ...rest);
};
