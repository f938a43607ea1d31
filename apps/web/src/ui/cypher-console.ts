import { cypher, runSavedQuery, savedQueries, CypherResult, SavedQuery } from '../api/operations';
import { highlightCypher } from './cypher-tokens';
import { toCsv } from '../export/csv';
import { emptyParams, parseParams } from './params';
import { ApiError } from '../api/client';
import { currentLang, t } from '../i18n/i18n';
import { wordApiError } from '../i18n/api-errors';
import { h, download, errorBox } from './dom';

/** Rows the table shows at once: a saved query's answer comes a page of this many at a time. */
const PAGE = 500;

/** A saved query as run, to fetch other pages of its answer. */
interface SavedRun {
  name: string;
  params: Record<string, unknown>;
}

const EXAMPLE = 'MATCH (p:Place)-[a:ADOPTS]->(s:Slogan {name: $slogan})\nRETURN p.name AS body, a.firstYear AS firstYear\nORDER BY firstYear';

/** A saved query's description in the page's language (the English one when it has no Chinese). */
function describe(q: SavedQuery): string {
  return (currentLang() === 'zh' ? q.descriptionZh || q.description : q.description) ?? '';
}

/** What the console says of a failed run, worded again in the page's language each time it is drawn. */
function failureText(e: unknown): string {
  if (!(e instanceof ApiError)) return `${t('errorPrefix')}: ${(e as Error).message}`;
  return `${t('errorPrefix')} [${e.code}]: ${wordApiError(e.code, e.serverMessage, e.details)}`;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** The Cypher tab: highlighted editor, JSON parameters, saved queries, table and graph results. */
export class CypherConsole {
  private readonly input = h('textarea', { id: 'cypher-input', spellcheck: 'false', 'aria-label': 'Cypher', rows: 6 });
  private readonly mirror = h('pre', { 'aria-hidden': 'true' });
  private readonly params = h('textarea', { id: 'cypher-params', class: 'params', spellcheck: 'false' });
  private readonly saved = h('select', { id: 'saved-queries', 'aria-label': 'saved queries' });
  private readonly out = h('div', { id: 'cypher-result', 'aria-live': 'polite' });
  private queries: SavedQuery[] = [];
  /** the result shown (and the saved query it is a page of), drawn again in another language */
  private shown: { result: CypherResult; unset: string[]; saved: SavedRun | null } | null = null;
  /** the failure shown instead, likewise */
  private failed: unknown = null;

  constructor(
    root: HTMLElement,
    private readonly showGraph: (r: CypherResult) => void,
    /** Told the query and parameters each time they run, so a link can carry them. */
    private readonly onRun: (query: string, params: string) => void = () => undefined,
  ) {
    this.input.value = EXAMPLE;
    this.params.value = '{"slogan": "全域美丽"}';
    this.input.addEventListener('input', () => this.paint());
    this.input.addEventListener('scroll', () => (this.mirror.scrollTop = this.input.scrollTop));
    this.input.addEventListener('keydown', (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.preventDefault(), void this.run()));
    this.saved.addEventListener('change', () => this.pickSaved());
    const runButton = h('button', { type: 'button', id: 'cypher-run', 'data-i18n': 'cypherRun', onclick: () => void this.run() }, t('cypherRun'));
    root.replaceChildren(h('label', {}, this.saved), h('div', { class: 'editor' }, this.mirror, this.input),
      h('label', { class: 'row' }, h('span', { 'data-i18n': 'cypherParams' }, t('cypherParams')), this.params), h('div', { class: 'actions' }, runButton), this.out);
    this.paint();
    void this.loadSaved();
  }

  private paint(): void {
    this.mirror.innerHTML = highlightCypher(this.input.value) + '\n';
  }

  private async loadSaved(): Promise<void> {
    try {
      this.queries = await savedQueries();
    } catch {
      this.queries = [];
    }
    this.listSaved();
  }

  private listSaved(): void {
    const picked = this.saved.value;
    this.saved.replaceChildren(h('option', { value: '', 'data-i18n': 'pickSaved' }, t('pickSaved')),
      ...this.queries.map((q) => h('option', { value: q.name, title: describe(q) }, describe(q) ? `${q.name} — ${describe(q)}` : q.name)));
    this.saved.value = picked;
  }

  private pickSaved(): void {
    const q = this.queries.find((x) => x.name === this.saved.value);
    if (!q) return;
    this.input.value = q.cypher;
    this.params.value = JSON.stringify(Object.fromEntries(q.params.map((p) => [p, ''])));
    this.paint();
  }

  /** Puts a query (and its parameters) a link carried into the editor. */
  setQuery(query: string, params: string | null): void {
    this.input.value = query;
    if (params !== null) this.params.value = params;
    this.paint();
  }

  async run(): Promise<void> {
    this.onRun(this.input.value, this.params.value);
    const params = parseParams(this.params.value);
    if (!params) return void this.out.replaceChildren(errorBox(t('badParams')));
    this.shown = null;
    this.failed = null;
    this.out.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      // A saved query left unedited runs by name: the project's own files skip the guard, so it answers
      // faster, and a page at a time with the count of all its rows.
      const saved = this.queries.find((q) => q.name === this.saved.value && q.cypher === this.input.value);
      const run = saved ? { name: saved.name, params } : null;
      const result = run ? await runSavedQuery(run.name, run.params, { first: PAGE, offset: 0 }) : await cypher(this.input.value, params);
      this.renderResult(result, result.rowCount ? [] : emptyParams(params, saved?.params), run);
    } catch (e) {
      this.failed = e;
      this.out.replaceChildren(errorBox(failureText(e)));
    }
  }

  /** Another page of the saved query's answer shown. */
  private async turn(run: SavedRun, offset: number): Promise<void> {
    this.out.querySelectorAll('button').forEach((b) => (b.disabled = true));
    try {
      this.renderResult(await runSavedQuery(run.name, run.params, { first: PAGE, offset }), [], run);
    } catch (e) {
      this.shown = null;
      this.failed = e;
      this.out.replaceChildren(errorBox(failureText(e)));
    }
  }

  /** The table as CSV: every row of a saved query's answer, fetched a row limit at a time. */
  private async exportCsv(r: CypherResult, run: SavedRun | null, button: HTMLButtonElement): Promise<void> {
    let rows = r.rows;
    if (run && r.totalCount !== null && r.rowCount < r.totalCount) {
      button.disabled = true;
      try {
        rows = [];
        while (rows.length < r.totalCount) {
          const page = await runSavedQuery(run.name, run.params, { first: r.rowLimit, offset: rows.length });
          if (!page.rowCount) break;
          rows.push(...page.rows);
        }
      } catch (e) {
        this.shown = null;
        this.failed = e;
        return void this.out.replaceChildren(errorBox(failureText(e)));
      } finally {
        button.disabled = false;
      }
    }
    download(toCsv(r.columns, rows), 'query.csv', 'text/csv');
  }

  /** Draws the saved queries and the result or failure shown again in the current language. */
  relabel(): void {
    this.listSaved();
    if (this.shown) this.renderResult(this.shown.result, this.shown.unset, this.shown.saved);
    else if (this.failed) this.out.replaceChildren(errorBox(failureText(this.failed)));
  }

  private renderResult(r: CypherResult, unset: string[] = [], saved: SavedRun | null = null): void {
    this.shown = { result: r, unset, saved };
    const hasGraph = r.elements.nodes.length > 0;
    const table = h('table', { class: 'result' },
      h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, ...r.rows.slice(0, PAGE).map((row) => h('tr', {}, ...row.map((v) => h('td', {}, cellText(v)))))));
    // a page of a longer answer says which rows it holds, and leads to the others
    const total = r.totalCount;
    const paged = saved !== null && total !== null && (r.offset > 0 || r.rowCount < total);
    const count = paged
      ? t('rowsOfTotal', { from: r.rowCount ? r.offset + 1 : r.offset, to: r.offset + r.rowCount, total })
      : t('rows', { count: r.rowCount });
    const exportButton = h('button', { type: 'button', 'data-i18n': 'exportCsv' }, t('exportCsv'));
    exportButton.onclick = () => void this.exportCsv(r, saved, exportButton);
    this.out.replaceChildren(
      h('div', { class: 'actions' },
        h('span', { id: 'cypher-count', class: 'muted' }, `${count} · ${r.durationMs} ms`),
        r.truncated ? h('strong', {}, t(r.truncatedBy === 'BYTES' ? 'byteLimit' : 'rowLimit')) : null,
        paged && r.offset > 0
          ? h('button', { type: 'button', id: 'cypher-previous', onclick: () => void this.turn(saved, Math.max(0, r.offset - PAGE)) }, t('previousRows', { count: Math.min(PAGE, r.offset) }))
          : null,
        paged && r.rowCount > 0 && r.offset + r.rowCount < total
          ? h('button', { type: 'button', id: 'cypher-next', onclick: () => void this.turn(saved, r.offset + r.rowCount) }, t('nextRows', { count: Math.min(PAGE, total - r.offset - r.rowCount) }))
          : null,
        exportButton,
        hasGraph ? h('button', { type: 'button', 'data-i18n': 'showAsGraph', onclick: () => this.showGraph(r) }, t('showAsGraph')) : null),
      ...(unset.length ? [h('p', { id: 'cypher-unset', class: 'notice', role: 'status' }, t('paramsUnset', { names: unset.map((p) => `$${p}`).join(', ') }))] : []),
      table);
  }
}
