import { gazetteer } from '../places';
import { tagWords, type Word } from '../segment';
import { GENERIC } from './vocabulary';

// Where a project's full name may be cut to its short form: before a part that says what kind of
// thing it is (总部, 基地, 项目 …) or before a joining 暨, and only where the segmenter ends a word.
const ROLE_WORDS = /(总部|暨|项目|工程|基地|中心|大楼|大厦|园区|产业园|新校园|校区|迁建|改扩建|扩建|改造|提升|[一二三四]期)/g;
const MIN_SHORT = 4;
// only a long formal name is worth shortening; a short one is used whole
const MIN_FULL = 8;
const MIN_TAIL = 2;

function words(name: string): Word[] {
  try {
    return tagWords(name, 0, name.length);
  } catch {
    return [];
  }
}

/**
 * A short form must say which project it is: not a place or a generic word, and led by a proper name
 * the dictionary does not know (云尖 in 云尖信息); 新兴产业, 城中村环境 or 国际航运 say nothing.
 */
function distinctive(form: string, ws: Word[]): boolean {
  if (!/^[\u4e00-\u9fffA-Za-z0-9·]+$/.test(form) || /[暨等和及与]/.test(form) || GENERIC.test(form)) return false;
  if (gazetteer().byName.has(form) || /(省|市|区|县|街道|镇|乡|村|社区)$/.test(form)) return false;
  const lead = ws[0];
  return !!lead && lead.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(lead.text) && lead.end < form.length && !gazetteer().byName.has(lead.text);
}

/**
 * Leading parts of a project's name that a later sentence may use for the project alone:
 * 云尖信息总部暨新型基础设施智造基地 → 云尖信息总部, 云尖信息. Longest first.
 */
export function shortFormsOf(name: string): string[] {
  if (name.length < MIN_FULL) return [];
  const ws = words(name);
  const cuts = new Set<number>();
  ROLE_WORDS.lastIndex = 0;
  for (let m = ROLE_WORDS.exec(name); m; m = ROLE_WORDS.exec(name)) cuts.add(m.index);
  const forms: string[] = [];
  for (const cut of [...cuts].sort((a, b) => b - a)) {
    // a cut through a word of the name is no boundary
    if (ws.length && !ws.some((w) => w.end === cut)) continue;
    const form = name.slice(0, cut);
    if (form.length >= MIN_SHORT && name.length - cut >= MIN_TAIL && distinctive(form, ws)) forms.push(form);
  }
  return forms;
}
