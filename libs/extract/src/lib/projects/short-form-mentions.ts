import type { Project } from '@policy-graph/model';
import type { Span } from '../spans';
import { shortFormsOf } from './short-forms';

// 云尖信息大厦, 云尖信息公司: a short form running on into another name's head is that other name.
const NEXT_NAME = /^(?:总部|项目|工程|基地|中心|大楼|大厦|公司|集团|园区|产业园|学校|小学|中学|医院|街道|社区|示范区|开发区|园|[一二三四五六七八九十\d]+期)/;
const GENERIC_SUFFIX = /(新建项目|迁建项目|建设项目|项目|工程|建设)$/;

interface Named {
  name: string;
  aliases: string[];
  mentions: Span[];
}

/** Each short form with the one project it stands for; a form two projects share says neither. */
function shortFormTable(projects: Project[], taken: Set<string>, formsOf: (name: string) => string[]): Map<string, Project> {
  const table = new Map<string, Project | null>();
  for (const p of projects) {
    const stem = p.name.replace(GENERIC_SUFFIX, '');
    for (const form of formsOf(p.name)) {
      // 云尖信息总部项目 is named by its short form, it does not claim it
      if (taken.has(form) || form === stem) continue;
      table.set(form, table.has(form) && table.get(form) !== p ? null : p);
    }
  }
  return new Map([...table].filter((e): e is [string, Project] => e[1] !== null));
}

/** 云尖信息总部项目 beside 云尖信息总部暨新型基础设施智造基地: the same project, named by its short form. */
function mergeShortNamed(projects: Project[], table: Map<string, Project>): Project[] {
  const merged = new Set<Project>();
  for (const p of projects) {
    const stem = p.name.replace(GENERIC_SUFFIX, '');
    const whole = table.get(stem) ?? table.get(p.name);
    if (!whole || whole === p || merged.has(whole)) continue;
    whole.aliases.push(p.name, ...p.aliases.filter((a) => !whole.aliases.includes(a)));
    whole.mentions.push(...p.mentions);
    whole.mentions.sort((a, b) => a.start - b.start);
    merged.add(p);
  }
  return projects.filter((p) => !merged.has(p));
}

/** Sorted spans no short form may overlap: the names already found. */
function blockedSpans(items: Named[]): Span[] {
  return items.flatMap((it) => it.mentions).sort((a, b) => a.start - b.start);
}

const pairKey = (text: string, at: number) => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);

/** A bitmap of the UTF-16 units that start some name: one array read per character of the text. */
function startMap(names: Iterable<string>): Uint8Array {
  const map = new Uint8Array(65536);
  for (const n of names) map[n.charCodeAt(0)] = 1;
  return map;
}

/**
 * Projects whose first two characters occur in the text beyond their own mentions: only these can
 * have a short form in use, so only these are segmented. One pass over the text.
 */
function projectsWithEchoes(text: string, projects: Project[]): Project[] {
  const counts = new Map<number, number>();
  for (const p of projects) if (p.name.length >= 2) counts.set(pairKey(p.name, 0), 0);
  const starts = startMap(projects.map((p) => p.name));
  for (let at = 0; at < text.length - 1; at++) {
    if (!starts[text.charCodeAt(at)]) continue;
    const key = pairKey(text, at);
    const n = counts.get(key);
    if (n !== undefined) counts.set(key, n + 1);
  }
  return projects.filter((p) => p.name.length >= 2 && (counts.get(pairKey(p.name, 0)) ?? 0) > p.mentions.length);
}

/** Bare occurrences of the short forms after each project's first mention, outside every name already found. */
function scanShortForms(text: string, table: Map<string, Project>, blocked: Span[]): void {
  const byPair = new Map<number, string[]>();
  for (const form of [...table.keys()].sort((a, b) => b.length - a.length)) byPair.set(pairKey(form, 0), [...(byPair.get(pairKey(form, 0)) ?? []), form]);
  const starts = startMap(table.keys());
  let b = 0;
  let maxEnd = 0;
  for (let at = 0; at < text.length - 1; at++) {
    while (b < blocked.length && blocked[b].start <= at) maxEnd = Math.max(maxEnd, blocked[b++].end);
    if (at < maxEnd || !starts[text.charCodeAt(at)]) continue;
    const form = byPair.get(pairKey(text, at))?.find((f) => text.startsWith(f, at));
    if (!form) continue;
    const end = at + form.length;
    const project = table.get(form) as Project;
    if ((b < blocked.length && blocked[b].start < end) || project.mentions[0].start > at || NEXT_NAME.test(text.slice(end, end + 3))) continue;
    project.mentions.push({ start: at, end });
    if (!project.aliases.includes(form)) project.aliases.push(form);
    at = end - 1;
  }
}

/**
 * After the projects are found, a later bare occurrence of a distinctive leading part of a project's
 * name (湘湖将以云尖信息开工为新契机) is a mention of that project, kept as an alias; a project named
 * only by such a part (云尖信息总部项目) joins the whole. Linear in the text and the number of names.
 */
export function addShortFormMentions(text: string, found: Project[], slogans: Named[]): Project[] {
  const sloganForms = new Set(slogans.flatMap((s) => [s.name, ...s.aliases]));
  const cache = new Map<string, string[]>();
  const formsOf = (name: string) => {
    const forms = cache.get(name) ?? shortFormsOf(name);
    cache.set(name, forms);
    return forms;
  };
  const echoed = projectsWithEchoes(text, found);
  if (!echoed.length) return found;
  const projects = mergeShortNamed(found, shortFormTable(echoed, sloganForms, formsOf));
  const taken = new Set([...projects, ...slogans].flatMap((it) => [it.name, ...it.aliases]));
  const kept = new Set(projects);
  const table = shortFormTable(echoed.filter((p) => kept.has(p)), taken, formsOf);
  if (!table.size) return projects;
  scanShortForms(text, table, blockedSpans([...projects, ...slogans]));
  for (const p of projects) p.mentions.sort((x, y) => x.start - y.start);
  return projects;
}
