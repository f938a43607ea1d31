// The text a page shows around its data, to check that English mode leaves no interface string in Chinese.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { connectTestExecutor } from '../../support/executor';

/** Elements whose whole content is data as written: a document's text, a quoted sentence, a query and its result cells, a property's value, a name typed into a box. */
const DATA_ONLY = [
  '.doc-text',
  '.sentence',
  '.sentence-inline',
  '#cypher-input',
  '#cypher-params',
  '.cypher-highlight',
  '#cypher-result td',
  // the outcomes table's metric, unit and project columns
  '#body-outcomes td:nth-child(1)',
  '#body-outcomes td:nth-child(3)',
  '#body-outcomes td:nth-child(6)',
  '.props dd',
  // who made a correction: a person's name as the reviewer signed it (it may read 审校员)
  '.audit-author',
  '.audit-reason',
  '.item-context',
].join(', ');

export interface ShownText {
  /** the element it is in, as tag#id.class under the nearest ancestor with an id */
  where: string;
  text: string;
}

/**
 * Every piece of text the page shows a reader now: the text of rendered elements (SVG tooltips
 * included), every option of a rendered menu, placeholders, titles, labels for screen readers, and
 * the page's title; left out are the elements that hold nothing but data.
 */
export function shownText(page: Page): Promise<ShownText[]> {
  return page.evaluate((dataOnly) => {
    const out: { where: string; text: string }[] = [];
    const where = (el: Element): string => {
      const own = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      const anchor = el.parentElement?.closest('[id]');
      return anchor && !el.id ? `#${anchor.id} ${own}` : own;
    };
    const shown = (el: Element): boolean => el.checkVisibility({ checkVisibilityCSS: true }) && !el.closest('[hidden]');
    const add = (el: Element, text: string | null | undefined) => {
      const trimmed = text?.trim();
      if (trimmed) out.push({ where: where(el), text: trimmed });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let el = node.parentElement;
      if (!el || el.closest(`script, style, template, noscript, select, ${dataOnly}`)) continue;
      // an SVG tooltip is shown on hover over the shape that holds it
      if (el.tagName.toLowerCase() === 'title' && el.parentElement) el = el.parentElement;
      if (shown(el)) add(node.parentElement as Element, node.textContent);
    }
    for (const select of Array.from(document.querySelectorAll('select'))) {
      if (!shown(select) || select.closest(dataOnly)) continue;
      for (const option of Array.from(select.querySelectorAll('option, optgroup'))) add(option, option.tagName === 'OPTGROUP' ? option.getAttribute('label') : option.textContent);
    }
    for (const el of Array.from(document.querySelectorAll('[placeholder], [title], [aria-label], [alt], input[type=button], input[type=submit]'))) {
      if (!shown(el) || el.closest(dataOnly)) continue;
      for (const attr of ['placeholder', 'title', 'aria-label', 'alt']) add(el, el.getAttribute(attr));
      if (el instanceof HTMLInputElement && (el.type === 'button' || el.type === 'submit')) add(el, el.value);
    }
    out.push({ where: 'document.title', text: document.title });
    return out;
  }, DATA_ONLY);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
// Interface strings in Chinese are never taken out as data, so one left untranslated shows even when a name reads the same.
const CHINESE_INTERFACE = new Set(chineseMessages().flatMap((s) => s.split(/\{\w+\}/)).map((s) => s.trim()));

/** The page's Chinese interface strings, as its message table states them (the test reads the file; it does not build the page's modules). */
function chineseMessages(): string[] {
  const source = readFileSync(resolve(__dirname, '../../../apps/web/src/i18n/messages.ts'), 'utf8');
  const table = /export const zh = \{([\s\S]*?)\n\}/.exec(source)?.[1];
  if (!table) throw new Error('apps/web/src/i18n/messages.ts has no zh table');
  return [...table.matchAll(/^\s+\w+: '((?:[^'\\]|\\.)*)',?$/gm)].map((m) => m[1]);
}

/** The strings the graph holds (names, titles, metrics, aliases and every other text value but a document's body), to be told from interface text. */
export async function graphStrings(): Promise<string[]> {
  const executor = connectTestExecutor();
  try {
    const rows = await executor.read<{ x: string }>(`CALL () {
        MATCH (n) RETURN CASE WHEN n:Document THEN n {.*, text: null} ELSE properties(n) END AS p
        UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p
      }
      UNWIND keys(p) AS key
      WITH p[key] AS v
      UNWIND CASE WHEN v IS :: LIST<ANY> THEN v ELSE [v] END AS x
      WITH x WHERE x IS :: STRING AND size(x) >= 2
      RETURN DISTINCT x`);
    return rows.map((r) => r.x);
  } finally {
    await executor.close();
  }
}

/** The names the page's graph holds, derived ones (a place's district, a path's label) included. */
export function viewStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') found.add(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    const cy = (window as unknown as { explorer: { cy: { elements(): { map(f: (e: { data(): unknown }) => unknown): unknown[] } } } }).explorer.cy;
    walk(cy.elements().map((e) => e.data()));
    return [...found];
  });
}

// The switch back names Chinese in Chinese, as language menus do.
const LANGUAGE_SWITCH = { where: 'button#lang-toggle', text: '中文' };

export interface LeftInChinese extends ShownText {
  /** what is left of the text once the data is taken out */
  left: string;
}

/**
 * The shown text with Chinese left once every data string is taken out: interface text left in
 * Chinese. A data string is taken out wherever it stands (in a heading, a button, a summary), the
 * longest first; one that reads as a Chinese interface string is not.
 */
export function chineseInterface(shown: ShownText[], data: Iterable<string>): LeftInChinese[] {
  const names = [...new Set(data)].filter((s) => s.length >= 2 && HAN.test(s) && !CHINESE_INTERFACE.has(s)).sort((a, b) => b.length - a.length);
  const escaped = names.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // one alternation per thousand names keeps each expression small
  const patterns: RegExp[] = [];
  for (let i = 0; i < escaped.length; i += 1000) patterns.push(new RegExp(escaped.slice(i, i + 1000).join('|'), 'g'));
  return shown
    .filter((s) => !(s.where === LANGUAGE_SWITCH.where && s.text === LANGUAGE_SWITCH.text))
    .map((s) => ({ ...s, left: patterns.reduce((text, p) => text.replace(p, ' '), s.text).replace(/\s+/g, ' ').trim() }))
    .filter((s) => HAN.test(s.left));
}
