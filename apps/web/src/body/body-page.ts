// The body page: a street's, district's, city's or province's documents, slogans and projects by
// year and its outcomes as a sortable table, read from `body` and `compare`.
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h, download, errorBox } from '../ui/dom';
import { bodyReport, sloganChanges, type BodyReport, type SloganChanges } from './body-api';
import { OUTCOME_COLUMNS, outcomesCsv, pairWithTargets, sortOutcomes, type OutcomeColumn, type OutcomeRow, type OutcomeSort } from './outcome-rows';

export interface BodyPageActions {
  openDocument(id: string, start: number | null, end: number | null): void;
  /** Puts an entity (slogan, project) at the centre of the graph. */
  focus(id: string): void;
}

const COLUMN_LABEL: Record<OutcomeColumn, MessageKey> = {
  metric: 'colMetric',
  value: 'colValue',
  unit: 'colUnit',
  status: 'colStatus',
  year: 'colYear',
  project: 'colProject',
  target: 'colEarlierTarget',
  evidence: 'colEvidence',
};
const STATUS_LABEL: Record<OutcomeRow['status'], MessageKey> = { achieved: 'statusAchieved', target: 'statusTarget', in_progress: 'statusInProgress', input: 'statusInput' };
const LEVEL_LABEL: Record<string, MessageKey> = { street: 'street', district: 'district', city: 'city', province: 'province' };

function byYear<T>(items: readonly T[], yearOf: (x: T) => number | null): [number | null, T[]][] {
  const groups = new Map<number | null, T[]>();
  for (const x of items) groups.set(yearOf(x), [...(groups.get(yearOf(x)) ?? []), x]);
  return [...groups.entries()].sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0));
}

export class BodyPage {
  private report: BodyReport | null = null;
  private changes = new Map<number, SloganChanges>();
  private sort: OutcomeSort = { column: 'year', descending: true };
  private loadedFor: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: BodyPageActions,
  ) {}

  /** Shows the body with this id, reading it once; null asks the reader to pick a place. */
  async show(id: string | null): Promise<void> {
    if (!id) return void this.root.replaceChildren(h('p', { class: 'muted' }, t('bodyHint')));
    if (this.loadedFor === id && this.report) return this.render();
    this.loadedFor = id;
    this.root.setAttribute('aria-busy', 'true');
    this.root.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const report = await bodyReport(id);
      const changes = await sloganChanges(report.id, report.slogansByYear.map((y) => y.year));
      if (this.loadedFor !== id) return;
      this.report = report;
      this.changes = changes;
      this.render();
    } catch (e) {
      this.root.replaceChildren(errorBox((e as Error).message));
    } finally {
      this.root.setAttribute('aria-busy', 'false');
    }
  }

  /** Draws again in the current language. */
  render(): void {
    const r = this.report;
    if (!r) return;
    const parent = r.parents.find((p) => p.depth === 1)?.parent.name;
    const level = r.level && LEVEL_LABEL[r.level] ? t(LEVEL_LABEL[r.level]) : '';
    this.root.replaceChildren(
      h('h2', { id: 'body-title', class: 'ev-title' }, r.name),
      h('p', { class: 'muted' }, level, parent ? ' · ' : '', parent ? h('span', { class: 'place-name' }, parent) : ''),
      this.documents(r),
      this.slogans(r),
      this.projects(r),
      this.outcomes(r),
    );
  }

  private documents(r: BodyReport): HTMLElement {
    return h('section', { id: 'body-documents' }, h('h3', {}, t('bodyDocuments', { count: r.documents.length })),
      ...(r.documents.length ? byYear(r.documents, (d) => d.year).map(([year, docs]) => h('div', { class: 'body-year', 'data-year': year ?? '' },
        h('strong', {}, String(year ?? t('noYear'))),
        h('ul', { class: 'links' }, ...docs.map((d) => h('li', {}, h('button', { type: 'button', onclick: () => this.actions.openDocument(d.id, null, null) }, d.title || d.file)))))) : [h('p', { class: 'muted' }, t('bodyNoDocuments'))]));
  }

  private sloganList(kind: 'new' | 'continued' | 'dropped', names: string[]): HTMLElement | null {
    if (!names.length) return null;
    const label: MessageKey = kind === 'new' ? 'slogansNew' : kind === 'continued' ? 'slogansContinued' : 'slogansDropped';
    return h('p', { class: `slogans-${kind}` }, h('span', { class: 'muted' }, `${t(label)} (${names.length}): `),
      ...names.flatMap((n, i) => [i ? '、' : '', h('button', { type: 'button', class: 'linklike', onclick: () => this.actions.focus(n) }, n)]));
  }

  private slogans(r: BodyReport): HTMLElement {
    const years = [...r.slogansByYear].reverse();
    return h('section', { id: 'body-slogans' }, h('h3', {}, t('bodySlogans')),
      ...(years.length ? years.map((y) => {
        const c = this.changes.get(y.year);
        const earlier = r.slogansByYear.filter((x) => x.year < y.year).map((x) => x.year).pop();
        const note = earlier ? t('comparedWith', { year: earlier }) : t('firstReport');
        const lists = c ? [this.sloganList('new', c.new), this.sloganList('continued', c.continued), this.sloganList('dropped', c.dropped)] : [this.sloganList('new', y.slogans)];
        return h('div', { class: 'body-year', 'data-year': y.year }, h('strong', {}, String(y.year)), ' ', h('span', { class: 'muted' }, note), ...lists);
      }) : [h('p', { class: 'muted' }, t('bodyNoSlogans'))]));
  }

  private projects(r: BodyReport): HTMLElement {
    const rows = r.projects.map((p) => h('tr', {},
      h('td', {}, h('button', { type: 'button', class: 'linklike', onclick: () => this.actions.focus(p.id) }, p.name)),
      h('td', {}, p.years.join(', ')),
      h('td', {}, ...p.slogans.flatMap((s, i) => [i ? '、' : '', h('button', { type: 'button', class: 'linklike', onclick: () => this.actions.focus(s) }, s)]))));
    return h('section', { id: 'body-projects' }, h('h3', {}, t('bodyProjects', { count: r.projects.length })),
      r.projects.length ? h('table', { class: 'result' }, h('thead', {}, h('tr', {}, h('th', {}, t('colProject')), h('th', {}, t('colYears')), h('th', {}, t('colFulfils')))), h('tbody', {}, ...rows)) : h('p', { class: 'muted' }, t('bodyNoProjects')));
  }

  private outcomes(r: BodyReport): HTMLElement {
    const rows = sortOutcomes(pairWithTargets(r.outcomes), this.sort);
    const header = OUTCOME_COLUMNS.map((c) => {
      const on = this.sort.column === c;
      const sortState = on ? (this.sort.descending ? 'descending' : 'ascending') : 'none';
      return h('th', { 'aria-sort': sortState, 'data-column': c }, h('button', { type: 'button', class: 'linklike', onclick: () => this.sortBy(c) }, t(COLUMN_LABEL[c]), on ? (this.sort.descending ? ' ▼' : ' ▲') : ''));
    });
    const csv = h('button', { type: 'button', id: 'body-outcomes-csv', onclick: () => download(outcomesCsv(rows, OUTCOME_COLUMNS), `${r.name}-outcomes.csv`, 'text/csv') }, t('exportCsv'));
    return h('section', { id: 'body-outcomes' }, h('h3', {}, t('bodyOutcomes', { count: r.outcomes.length })), h('div', { class: 'actions' }, csv),
      r.outcomes.length ? h('table', { class: 'result outcomes' }, h('thead', {}, h('tr', {}, ...header)), h('tbody', {}, ...rows.map((o) => this.outcomeRow(o)))) : h('p', { class: 'muted' }, t('bodyNoOutcomes')));
  }

  private outcomeRow(o: OutcomeRow): HTMLElement {
    const sentence = o.sentence ?? o.text;
    const at = sentence.indexOf(o.text);
    const marked = at >= 0 ? [sentence.slice(0, at), h('mark', { class: 'm-outcome' }, o.text), sentence.slice(at + o.text.length)] : [sentence];
    const target = o.earlierTarget ? `${o.earlierTarget.value}${o.earlierTarget.unit} (${o.earlierTarget.year ?? '?'})` : '';
    const source = `《${o.documentTitle ?? o.documentId.slice(0, 8)}》${o.documentYear ? ` ${o.documentYear}` : ''}`;
    return h('tr', { 'data-outcome': o.id, 'data-status': o.status },
      h('td', {}, o.metric ?? o.text),
      h('td', { class: 'num' }, String(o.value)),
      h('td', {}, o.unit),
      h('td', {}, t(STATUS_LABEL[o.status])),
      h('td', {}, String(o.year ?? '')),
      h('td', {}, o.project ? h('button', { type: 'button', class: 'linklike', onclick: () => this.actions.focus(o.project?.id ?? '') }, o.project.name) : ''),
      h('td', { class: 'num' }, target),
      h('td', { class: 'evidence' }, h('span', { class: 'sentence-inline' }, ...marked), ' ',
        h('button', { type: 'button', class: 'linklike source', onclick: () => this.actions.openDocument(o.documentId, o.start, o.end) }, source),
        o.page ? h('span', { class: 'page-ref' }, ` ${t('pageShort', { n: o.page })}`) : ''),
    );
  }

  private sortBy(column: OutcomeColumn): void {
    this.sort = { column, descending: this.sort.column === column ? !this.sort.descending : column === 'value' || column === 'year' };
    this.render();
    this.root.querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`)?.focus();
  }
}
