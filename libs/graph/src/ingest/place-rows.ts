import type { AdminLevel, Place, Subject } from '@policy-graph/model';
import { Gazetteer } from '../gazetteer-load/gazetteer';
import { romanize } from './romanize';

export type PlaceLevel = AdminLevel | 'country';

// The national government's reports are about the country as a whole.
export const COUNTRY = { id: 'CN', name: '中国', code: null, level: 'country' as const };

export interface PlaceRow {
  id: string;
  name: string;
  code: string | null;
  level: PlaceLevel;
  pinyin: string;
  initials: string;
}

export interface PartOfRow {
  child: string;
  parent: string;
  since: number | null;
  until: number | null;
}

interface Anchor {
  id: string;
  code: string | null;
}

const LEVELS: AdminLevel[] = ['province', 'city', 'district', 'street'];

// Collects the Place nodes and PART_OF edges a document needs, gazetteer codes where known.
export class PlaceRows {
  readonly places = new Map<string, PlaceRow>();
  readonly partOf = new Map<string, PartOfRow>();

  constructor(private readonly gazetteer: Gazetteer) {}

  addCode(code: string): string | null {
    const lineage = this.gazetteer.lineage(code);
    if (!lineage.length) return null;
    for (const p of lineage) {
      this.put({ id: p.code, name: p.name, code: p.code, level: p.level });
      for (const m of this.gazetteer.memberships(p.code)) this.partOf.set(`${m.child}>${m.parent}`, m);
    }
    return code;
  }

  private put(p: Omit<PlaceRow, 'pinyin' | 'initials'>): void {
    if (!this.places.has(p.id)) this.places.set(p.id, { ...p, ...romanize(p.name) });
  }

  private addNamed(level: AdminLevel, name: string, parent: Anchor | null): Anchor {
    const found = this.gazetteer.find(level, name, parent?.code);
    if (found.length === 1 || (found.length > 1 && parent?.code)) {
      return { id: this.addCode(found[0].code) as string, code: found[0].code };
    }
    if (level === 'city' && parent?.code && this.gazetteer.get(parent.code)?.name === name) return parent;
    const id = `${level}:${parent?.id ?? ''}:${name}`;
    this.put({ id, name, code: null, level });
    if (parent) this.partOf.set(`${id}>${parent.id}`, { child: id, parent: parent.id, since: null, until: null });
    return { id, code: null };
  }

  addCountry(): string {
    this.put(COUNTRY);
    return COUNTRY.id;
  }

  // The subject's chain province → street; returns the id of its most specific place.
  addSubject(subject: Subject): string | null {
    if (subject.code && this.gazetteer.get(subject.code)) return this.addCode(subject.code);
    if (subject.city && !subject.province && !this.gazetteer.find('city', subject.city).length) {
      // a municipality (北京市) named as a city is the province-level place
      const province = this.gazetteer.find('province', subject.city);
      if (province.length === 1) subject = { ...subject, province: subject.city, city: null };
    }
    let anchor: Anchor | null = null;
    for (const level of LEVELS) {
      const name = subject[level];
      if (name) anchor = this.addNamed(level, name, anchor);
    }
    return anchor?.id ?? null;
  }

  addMentioned(place: Place, within: string | null): string {
    if (place.code && this.gazetteer.get(place.code)) return this.addCode(place.code) as string;
    const parentCode = place.parentCode && this.gazetteer.get(place.parentCode) ? place.parentCode : null;
    const parent = parentCode ? { id: this.addCode(parentCode) as string, code: parentCode } : null;
    const inSubject = this.gazetteer.find(place.level, place.name, within);
    if (!parent && inSubject.length === 1) return this.addCode(inSubject[0].code) as string;
    return this.addNamed(place.level, place.name, parent).id;
  }
}
