#!/usr/bin/env node
// Runs after npm installs (postinstall, after patch-package): compiles again each native module
// whose C++ sources patches/ changes, since npm built it from the sources as published.
//
// nodejieba: load() no longer builds the TextRank keyword ranker, which nothing here uses and
// which read the whole dictionary a second time (load 0.6–1.1 s instead of 1.5–2.2 s, 160 MB
// resident instead of 276 MB per process that segments). The ranker is built at its first use.
// The dictionary itself loads without copying its 349,000 entries three more times (a sorted copy
// for three weights, the vector growing, the words copied for the trie): 0.15 s of CPU instead of
// 0.39 s, the same trie and weights.
//
// A stamp beside the binary holds the hash of the patch it was built with, so an install that
// changes nothing compiles nothing. A failed build stops the install: a module left half built
// would fail later, far from the cause.
'use strict';
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const PATCHED = [{ module: 'nodejieba', patch: 'patches/nodejieba+3.5.8.patch', binary: 'build/Release/nodejieba.node' }];

function nodeGyp() {
  // npm hands its own node-gyp to install scripts; outside npm, the one bundled with npm
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) return process.env.npm_config_node_gyp;
  const npmDir = dirname(dirname(require.resolve('npm/package.json', { paths: [dirname(process.execPath), '/usr/lib/node_modules', '/usr/local/lib/node_modules'] })));
  return join(npmDir, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
}

for (const { module, patch, binary } of PATCHED) {
  const moduleDir = join(ROOT, 'node_modules', module);
  const patchFile = join(ROOT, patch);
  if (!existsSync(moduleDir)) continue;
  const hash = createHash('sha256').update(readFileSync(patchFile)).digest('hex');
  const stamp = join(moduleDir, `${binary}.patch-sha256`);
  if (existsSync(join(moduleDir, binary)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) continue;
  console.error(`build-patched-natives: compiling ${module} with ${patch}`);
  // node's own headers where the machine has them: node-gyp would otherwise download them
  const prefix = resolve(dirname(process.execPath), '..');
  const headers = process.env.npm_config_nodedir || (existsSync(join(prefix, 'include', 'node', 'node.h')) ? prefix : '');
  const nodedir = headers ? [`--nodedir=${headers}`] : [];
  execFileSync(process.execPath, [nodeGyp(), 'rebuild', '--loglevel=warn', ...nodedir], { cwd: moduleDir, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(stamp, `${hash}\n`);
}
