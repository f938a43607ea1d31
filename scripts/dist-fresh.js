// Whether dist/node (scripts/build-node.js) holds the current sources: every stamp is dated after the
// newest source file, folder (a file added, renamed or removed) and tsconfig. Read by bin/kg on every
// start, so it only stats (about 400 entries, a few milliseconds) and never reads a file.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join('dist', 'node');
const APPS = ['api', 'cli'];

const SOURCE_DIRS = (root) => [
  ...APPS.map((app) => path.join(root, 'apps', app, 'src')),
  ...fs.readdirSync(path.join(root, 'libs')).map((lib) => path.join(root, 'libs', lib, 'src')),
];

const isSource = (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts');

const stampOf = (root, app) => path.join(root, DIST, `${app}.stamp`);

function newest(dir) {
  let latest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (!entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.md')) latest = Math.max(latest, fs.statSync(full).mtimeMs);
  }
  return latest;
}

/** True when dist/node was built from the sources as they are now. */
function distIsFresh(root) {
  let built;
  try {
    built = Math.min(...APPS.map((app) => fs.statSync(stampOf(root, app)).mtimeMs));
  } catch {
    return false;
  }
  const configs = ['tsconfig.json', 'tsconfig.base.json'].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
  return SOURCE_DIRS(root).every((dir) => newest(dir) <= built) && configs.every((t) => t <= built);
}

module.exports = { DIST, SOURCE_DIRS, isSource, stampOf, distIsFresh };
