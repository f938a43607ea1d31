#!/usr/bin/env node
// Compiles an application (apps/<name>/src) and the libraries into dist/node, file by file, with
// the same swc options the development path (@swc-node/register) derives from tsconfig.json, so
// both run the same JavaScript. Source maps go beside each file (.js.map), not into it.
// Ends by writing dist/node/<name>.stamp dated when the build began: bin/kg runs dist/node only
// while no source is newer than every stamp (see scripts/dist-fresh.js).
//   node scripts/build-node.js api|cli
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { transform } = require('@swc-node/core');
const { readDefaultTsConfig, tsCompilerOptionsToSwcConfig } = require('@swc-node/register/read-default-tsconfig');
const { SOURCE_DIRS, DIST, isSource, stampOf } = require('./dist-fresh');

const root = path.resolve(__dirname, '..');
const app = process.argv[2];
if (!['api', 'cli'].includes(app ?? '')) {
  console.error('usage: node scripts/build-node.js api|cli');
  process.exit(2);
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

async function compile(file, options) {
  const out = path.join(root, DIST, path.relative(root, file)).replace(/\.ts$/, '.js');
  const source = fs.readFileSync(file, 'utf8');
  const { code, map } = await transform(source, file, { ...tsCompilerOptionsToSwcConfig(options, file), sourcemap: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
  if (map) fs.writeFileSync(`${out}.map`, map);
}

function copy(file) {
  const out = path.join(root, DIST, path.relative(root, file));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(file, out);
}

async function main() {
  const began = new Date();
  const stamp = stampOf(root, app);
  // no stamp while files are rewritten: bin/kg runs the TypeScript meanwhile, never a half-written build
  fs.rmSync(stamp, { force: true });
  const options = readDefaultTsConfig(path.join(root, 'tsconfig.json'));
  const dirs = SOURCE_DIRS(root).filter((dir) => !dir.startsWith(path.join(root, 'apps')) || dir === path.join(root, 'apps', app, 'src'));
  const jobs = [];
  for (const dir of dirs) {
    for (const file of walk(dir)) {
      if (isSource(file)) jobs.push(compile(file, options));
      // files read at run time beside the code (the PDF worker, the wrk script, a segmenter table)
      else if (/\.(mjs|cjs|js|lua|json|utf8)$/.test(file)) copy(file);
    }
  }
  await Promise.all(jobs);
  fs.writeFileSync(stamp, `${began.toISOString()}\n`);
  fs.utimesSync(stamp, began, began);
  console.error(`build-node: ${app}: ${jobs.length} files into ${DIST}/ in ${Date.now() - began.getTime()} ms`);
}

main().catch((error) => {
  console.error(`build-node: ${error.stack ?? error}`);
  process.exit(1);
});
