import type { Subject } from '@policy-graph/model';
import { districtAsOf } from './boundary-changes';
import { Division, gazetteer, lineage, shortName } from './gazetteer';
import { countOf, PlaceMention } from './mentions';
import { subjectFromAbbreviations } from './abbreviations';
import { provinceCampaignHits } from './province-campaigns';

const EMPTY: Subject = { street: null, district: null, city: null, province: null, code: null, level: null };
const STREET_SHORT = /(街道|镇|乡)$/;

/** Whose work the document reports: the most talked-about division, title first, redactions left null. */
export function findSubject(text: string, title: string | null, mentions: Map<string, PlaceMention>, year: number | null): Subject {
  const fromTitle = title ? bestInTitle(text, title, mentions) : null;
  const start = opening(text);
  const chosen = fromTitle ?? bestInTitle(text, start, mentions, 'street') ?? bestInSignature(text, mentions) ?? bestByLevel(text, mentions) ?? loneStreet(text, mentions) ?? (speakerLevel(text) === 'province' ? provinceByShortName(text) : cityByShortName(text));
  if (!chosen) return subjectFromAbbreviations(text) ?? EMPTY;
  // 城西街道 with nothing in the text to say which of its namesakes: the street alone, not a guess
  if (chosen.level === 'street' && namesakes(chosen) > 1 && parentEvidence(text, chosen) === 0) return { ...EMPTY, street: chosen.name, level: 'street' };
  const subject = describe(chosen, year);
  // 在东湖高新区党工委、管委会的坚强领导下，关东街道…: a street run by a development zone reports to the zone
  const zone = subject.street ? MANAGING_ZONE.exec(text.slice(0, 600)) : null;
  return zone ? { ...subject, district: zone[1] } : subject;
}

const MANAGING_ZONE = /在([\u4e00-\u9fff]{2,10}?(?:高新区|开发区|经开区|新区))(?:党工委|管委会)/;

function namesakes(d: Division): number {
  return gazetteer().byName.get(d.name)?.filter((x) => x.level === d.level).length ?? 0;
}

/** How often the text names a division's parents or its province's campaigns. */
function parentEvidence(text: string, c: Division): number {
  const parents = lineage(gazetteer(), c).slice(1);
  const province = parents.find((p) => p.level === 'province');
  return parents.reduce((sum, p) => sum + countOf(text, p.name) * 2 + countOf(text, shortName(p.name)), 0) + (province ? provinceCampaignHits(text, province.name) : 0);
}

// the body that signs a notice (杭州市上城区人民政府办公室) or whose head delivers a report (解放区人民政府区长 千怀贵)
const SIGNATURE = /^[^\n，。]{2,24}(?:人民政府办公室|人民政府|办事处)(?:(?:代?(?:省长|市长|区长|县长|镇长|乡长|主席|州长|旗长)|主任)[ \u3000\u4e00-\u9fff·]{0,10})?\s*$/m;

/** The first lines and the first sentence of the body: 今年以来，在县委、县政府的坚强领导下，中都街道深入贯彻… */
function opening(text: string): string {
  const firstSentence = /^[^。]{0,160}。?/.exec(text.replace(/^(?:[^\n]{0,60}\n){0,3}/, ''))?.[0] ?? '';
  // the body that signs a notice: 杭州市上城区人民政府办公室
  const signature = SIGNATURE.exec(text)?.[0] ?? '';
  return text.slice(0, 120) + '\n' + firstSentence + '\n' + signature;
}

/** The body that signs a notice, when no street is named first. */
function bestInSignature(text: string, mentions: Map<string, PlaceMention>): Division | null {
  const signature = SIGNATURE.exec(text)?.[0];
  return signature ? bestInTitle(text, signature, mentions) : null;
}

/** The lowest division the title (or the opening) names, told apart from its namesakes by the whole text. */
function bestInTitle(text: string, title: string, mentions: Map<string, PlaceMention>, only?: 'street'): Division | null {
  const inTitle = [...mentions.values()].filter((m) => title.includes(m.name) && (!only || m.candidates.some((c) => c.level === only)));
  const order = ['street', 'district', 'city', 'province'];
  inTitle.sort((a, b) => order.indexOf(a.candidates[0].level) - order.indexOf(b.candidates[0].level));
  for (const m of inTitle) {
    const d = disambiguate(text, only ? m.candidates.filter((c) => c.level === only) : m.candidates);
    if (d) return d;
  }
  return null;
}

function score(text: string, m: PlaceMention): number {
  const d = m.candidates[0];
  // a street's short form (星桥) counts only once its full name recurs
  const short = d.level === 'street' ? (m.spans.length >= 2 ? m.name.replace(STREET_SHORT, '') : m.name) : shortName(m.name);
  return m.spans.length + (short !== m.name && short.length >= 2 ? countOf(text, short) - m.spans.length : 0) * 0.5;
}

// Lower levels win ties: a street report names its district and city too.
const LEVEL_WEIGHT: Record<string, number> = { street: 1.5, district: 1.2, city: 1, province: 0.8 };

/** The division talked about most, counting short forms (星桥, 宁波) at half weight. */
function bestByLevel(text: string, mentions: Map<string, PlaceMention>): Division | null {
  const level = speakerLevel(text);
  const ranked = [...mentions.values()]
    .filter((m) => !level || m.candidates.some((c) => c.level === level) || ![...mentions.values()].some((x) => x.candidates.some((c) => c.level === level)))
    .sort((a, b) => b.spans.length - a.spans.length)
    .slice(0, 40)
    .map((m) => ({ m, s: score(text, m) * (LEVEL_WEIGHT[m.candidates[0].level] ?? 1) }))
    .sort((a, b) => b.s - a.s);
  if (!ranked.length || ranked[0].s < 3) return null;
  const chosen = level && ranked[0].m.candidates.some((c) => c.level === level) ? level : ranked[0].m.candidates[0].level;
  return disambiguate(text, ranked[0].m.candidates.filter((c) => c.level === chosen));
}

/** 召开街道党工委…, 制定《小寨路街道机关干部管理办法》: a page that speaks of itself as 街道 and names one street only is that street's. */
function loneStreet(text: string, mentions: Map<string, PlaceMention>): Division | null {
  const streets = [...mentions.values()].filter((m) => m.candidates[0].level === 'street');
  if (streets.length !== 1 || [...mentions.values()].some((m) => m.candidates[0].level !== 'street')) return null;
  const kind = STREET_SHORT.exec(streets[0].name)?.[1];
  if (!kind || countOf(text, kind) - streets[0].spans.length < 2) return null;
  return disambiguate(text, streets[0].candidates.filter((c) => c.level === 'street'));
}

/** The province whose short name (黑龙江, 内蒙古) the text repeats most. */
function provinceByShortName(text: string): Division | null {
  let best: Division | null = null;
  let most = 4;
  for (const d of gazetteer().byCode.values()) {
    if (d.level !== 'province') continue;
    const n = countOf(text, shortName(d.name).replace(/(回族|壮族|维吾尔)$/, ''), 200);
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** The city whose short name (青岛, 通化) the text repeats, far more than any other's: 建设文化青岛, 青岛自由贸易港区. */
function cityByShortName(text: string): Division | null {
  const counts: [Division, number][] = [];
  for (const d of gazetteer().byCode.values()) {
    if (d.level !== 'city') continue;
    const short = shortName(d.name);
    if (short.length < 2 || short === d.name) continue;
    const n = countOf(text, short, 200);
    if (n >= 5) counts.push([d, n]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  if (!counts.length || (counts[1] && counts[1][1] * 2 > counts[0][1])) return null;
  // two cities of one short name (吉林市 and 吉林省 aside): nothing in the text tells which
  return gazetteer().byName.get(counts[0][0].name)?.filter((x) => x.level === 'city').length === 1 ? counts[0][0] : null;
}

/** A report that keeps saying 全省 (or 全市) speaks for a province (or a city). */
function speakerLevel(text: string): 'province' | 'city' | null {
  const province = countOf(text, '全省', 200);
  const city = countOf(text, '全市', 200);
  if (province >= 5 && province > city) return 'province';
  if (city >= 5 && city > province) return 'city';
  return null;
}

/** Among divisions sharing a name, the one whose parents the text names most. */
function disambiguate(text: string, candidates: Division[]): Division | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  let best: Division | null = null;
  let bestScore = -1;
  for (const c of candidates.slice(0, 30)) {
    const s = parentEvidence(text, c);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

function describe(d: Division, year: number | null): Subject {
  const chain = lineage(gazetteer(), d);
  const at = (level: string) => chain.find((x) => x.level === level)?.name ?? null;
  const street = at('street');
  const district = at('district');
  return {
    street,
    district: street && district ? districtAsOf(chain[0].code, district, year) : district,
    city: at('city') ?? (at('province')?.endsWith('市') ? at('province') : null),
    province: at('province'),
    code: d.code,
    level: d.level,
  };
}
