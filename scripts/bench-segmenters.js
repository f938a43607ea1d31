#!/usr/bin/env node
// nodejieba (the extraction's segmenter) against @node-rs/jieba, both given the same dictionaries:
// cppjieba's main dictionary, its user dictionary and the extraction's domain words, each new user
// word at the main dictionary's median frequency (what cppjieba gives a word inserted without one).
//
//   node scripts/bench-segmenters.js compare                    seeds/: same words? same tags?
//   node scripts/bench-segmenters.js time nodejieba|node-rs DIR  segments every .md/.txt under DIR (HMM on,
//                                                                as tagWords does) and prints chars/s
// Time whole processes with an outside timer too (e.g. /usr/bin/time -v): start-up and loading count.
'use strict';
require('@swc-node/register');
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const NODEJIEBA_DICT_DIR = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict');
const { DOMAIN_WORDS } = require(join(ROOT, 'libs/extract/src/lib/segment/domain-words.ts'));

function nodejiebaSegmenter() {
  const jieba = require('nodejieba');
  jieba.load();
  for (const word of DOMAIN_WORDS) jieba.insertWord(word, 'n');
  return { cut: (text) => jieba.cut(text, true), tag: (text) => jieba.tag(text).map(({ word, tag }) => `${word}/${tag}`) };
}

function nodeRsSegmenter() {
  const { Jieba } = require('@node-rs/jieba');
  const main = readFileSync(join(NODEJIEBA_DICT_DIR, 'jieba.dict.utf8'), 'utf8');
  const entries = main.split('\n').filter(Boolean).map((line) => line.split(' '));
  const known = new Set(entries.map(([word]) => word));
  const freqs = entries.map(([, freq]) => Number(freq)).sort((a, b) => a - b);
  const median = freqs[Math.floor(freqs.length / 2)];
  const userLines = readFileSync(join(NODEJIEBA_DICT_DIR, 'user.dict.utf8'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [word, tag] = line.trim().split(/\s+/);
      return tag ? `${word} ${median} ${tag}` : `${word} ${median}`;
    });
  const domainLines = DOMAIN_WORDS.map((word) => `${word} ${median} n`);
  // cppjieba keeps the weight a word already has in the main dictionary; jieba-rs would replace it
  const added = [...userLines, ...domainLines].filter((line) => !known.has(line.split(' ')[0]));
  const jieba = Jieba.withDict(Buffer.from(main));
  jieba.loadDict(Buffer.from(added.join('\n') + '\n'));
  return { cut: (text) => jieba.cut(text, true), tag: (text) => jieba.tag(text, true).map(({ word, tag }) => `${word}/${tag}`) };
}

const SEGMENTERS = { nodejieba: nodejiebaSegmenter, 'node-rs': nodeRsSegmenter };

function textsUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textsUnder(path));
    else if (/\.(md|txt)$/.test(name)) out.push(path);
  }
  return out;
}

function firstDifference(a, b) {
  const i = a.findIndex((w, k) => w !== b[k]);
  const at = i === -1 ? Math.min(a.length, b.length) : i;
  return `word ${at}: ${JSON.stringify(a.slice(Math.max(0, at - 2), at + 3))} vs ${JSON.stringify(b.slice(Math.max(0, at - 2), at + 3))}`;
}

function compare() {
  const a = nodejiebaSegmenter();
  const b = nodeRsSegmenter();
  const seeds = textsUnder(join(ROOT, 'seeds'));
  let same = 0;
  for (const file of seeds) {
    const text = readFileSync(file, 'utf8');
    const [wa, wb] = [a.cut(text), b.cut(text)];
    const [ta, tb] = [a.tag(text), b.tag(text)];
    const cutSame = wa.join('|') === wb.join('|');
    const tagSame = ta.join('|') === tb.join('|');
    const differing = wa.length === wb.length ? wa.filter((w, i) => w !== wb[i]).length : NaN;
    if (cutSame && tagSame) same++;
    console.log(`${file.slice(ROOT.length + 1)}: words ${wa.length} / ${wb.length} ${cutSame ? 'identical' : `differ (${firstDifference(wa, wb)})`}; tags ${tagSame ? 'identical' : `differ (${firstDifference(ta, tb)})`}${Number.isNaN(differing) ? '' : `; ${differing} words differ`}`);
  }
  console.log(`${same} of ${seeds.length} seeds segmented and tagged identically`);
}

function time(name, dir) {
  if (!SEGMENTERS[name] || !dir) throw new Error('usage: bench-segmenters.js time nodejieba|node-rs DIR');
  const texts = textsUnder(dir).map((f) => readFileSync(f, 'utf8'));
  const loadStart = process.hrtime.bigint();
  const segmenter = SEGMENTERS[name]();
  const loaded = process.hrtime.bigint();
  let chars = 0;
  let words = 0;
  for (const text of texts) {
    chars += text.length;
    words += segmenter.tag(text).length;
  }
  const done = process.hrtime.bigint();
  const seconds = Number(done - loaded) / 1e9;
  console.log(`${name}: ${texts.length} files, ${chars} chars, ${words} words; load ${(Number(loaded - loadStart) / 1e6).toFixed(0)} ms; tag ${seconds.toFixed(2)} s = ${(chars / seconds / 1e6).toFixed(2)} M chars/s`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'compare') compare();
else if (command === 'time') time(rest[0], rest[1]);
else {
  console.error('usage: bench-segmenters.js compare | time nodejieba|node-rs DIR');
  process.exit(2);
}
