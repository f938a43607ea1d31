#!/usr/bin/env node
// Writes libs/text/src/lib/normalise/script-tables.ts from OpenCC's Taiwan → mainland tables (the
// ones detectScript converts with), so that telling a simplified text needs no OpenCC at all.
// Its spec derives the tables again and fails when an OpenCC upgrade changed them.
//   node scripts/write-script-tables.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const OUT = path.join(__dirname, '..', 'libs', 'text', 'src', 'lib', 'normalise', 'script-tables.ts');

const entries = (dict) => (typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')) : dict);
const isHighSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * From an OpenCC conversion config (normalisation, then each conversion stage in turn), the UTF-16
 * code units of an input that can make a conversion differ from it:
 * - changing: a unit that some stage may replace, as is or as what an earlier stage made of it,
 *   within a match of the same length;
 * - resizing: a unit that some match which lengthens or shortens the text needs (for each such
 *   entry one of its units: a character converted on its own where there is one, so common
 *   characters of a phrase do not count), again as is or as an earlier stage made it.
 * A text with no resizing unit converts to one of its own length, differing from it at most where
 * it has changing units.
 */
function deriveScriptTables(config) {
  const stages = [config.normalizationChain.flat(), ...config.conversionChain];
  const units = new Set();
  const single = new Set();
  for (const stage of stages) {
    for (const dict of stage) {
      for (const [from, to] of entries(dict)) {
        for (const s of [from, to]) for (let i = 0; i < s.length; i++) units.add(s[i]);
        if (from.length === 1 && from !== to) single.add(from);
      }
    }
  }
  const needed = (from) => {
    for (let i = 0; i < from.length; i++) if (single.has(from[i]) || isHighSurrogate(from.charCodeAt(i))) return [from[i]];
    return [...from];
  };
  // what each input unit may have become before the stage at hand
  let becomes = new Map([...units].map((unit) => [unit, new Set([unit])]));
  const changing = new Set();
  const resizing = new Set();
  for (const stage of stages) {
    const images = new Map();
    const replaced = new Set();
    const resized = new Set();
    for (const dict of stage) {
      for (const [from, to] of entries(dict)) {
        if (from.length !== to.length) {
          for (const unit of needed(from)) resized.add(unit);
          continue;
        }
        for (let i = 0; i < from.length; i++) {
          if (from[i] === to[i]) continue;
          replaced.add(from[i]);
          if (!images.has(from[i])) images.set(from[i], new Set());
          images.get(from[i]).add(to[i]);
        }
      }
    }
    const next = new Map();
    for (const [unit, forms] of becomes) {
      const after = new Set(forms);
      for (const form of forms) {
        if (replaced.has(form)) changing.add(unit);
        if (resized.has(form)) resizing.add(unit);
        for (const image of images.get(form) ?? []) after.add(image);
      }
      next.set(unit, after);
    }
    becomes = next;
  }
  const sorted = (set) => [...set].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0)).join('');
  return { changing: sorted(changing), resizing: sorted(resizing) };
}

// code units as \uXXXX escapes outside the CJK blocks, so lone surrogates survive the file
const literal = (units) =>
  `'${units.split('').map((u) => (/[\u3400-\u9fff]/.test(u) ? u : `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}'`;

function source(tables) {
  const wrap = (units) => {
    const lines = [];
    for (let i = 0; i < units.length; i += 80) lines.push(`  ${literal(units.slice(i, i + 80))}`);
    return lines.join(' +\n');
  };
  return [
    '// Written by scripts/write-script-tables.js from OpenCC\'s Taiwan → mainland tables; do not edit.',
    '// UTF-16 code units: CHANGING may convert to another unit, RESIZING may take part in a conversion',
    '// that lengthens or shortens the text (see detectScript).',
    `export const CHANGING =\n${wrap(tables.changing)};`,
    '',
    `export const RESIZING =\n${wrap(tables.resizing)};`,
    '',
  ].join('\n');
}

function opencc() {
  return require(require.resolve('opencc-js', { paths: [path.join(__dirname, '..')] }));
}

const TW_TO_CN = () => opencc().Locale.configs.tw2s;

if (require.main === module) {
  fs.writeFileSync(OUT, source(deriveScriptTables(TW_TO_CN())));
  console.error(`write-script-tables: ${path.relative(process.cwd(), OUT)}`);
}

module.exports = { deriveScriptTables, TW_TO_CN };
