import { cypher, runSavedQuery, savedQueries, CypherResult, SavedQuery } from '../api/operations';
import { highlightCypher } from './cypher-tokens';
import { toCsv } from '../export/csv';
import { emptyParams, parseParams } from './params';
import { ApiError } from '../api/client';
import { currentLang, t } from '../i18n/i18n';
import { wordApiError } from '../i18n/api-errors';
import { h, download, errorBox } from './dom';

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
  /** the result shown, drawn again in another language */
  private shown: { result: CypherResult; unset: string[] } | null = null;
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
      // A saved query left unedited runs by name: the project's own files skip the guard, so it answers faster.
      const saved = this.queries.find((q) => q.name === this.saved.value && q.cypher === this.input.value);
      const result = saved ? await runSavedQuery(saved.name, params) : await cypher(this.input.value, params);
      this.renderResult(result, result.rowCount ? [] : emptyParams(params, saved?.params));
    } catch (e) {
      this.failed = e;
      this.out.replaceChildren(errorBox(failureText(e)));
    }
  }

  /** Draws the saved queries and the result or failure shown again in the current language. */
  relabel(): void {
    this.listSaved();
    if (this.shown) this.renderResult(this.shown.result, this.shown.unset);
    else if (this.failed) this.out.replaceChildren(errorBox(failureText(this.failed)));
  }

  private renderResult(r: CypherResult, unset: string[] = []): void {
    this.shown = { result: r, unset };
    const hasGraph = r.elements.nodes.length > 0;
    const table = h('table', { class: 'result' },
      h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, ...r.rows.slice(0, 500).map((row) => h('tr', {}, ...row.map((v) => h('td', {}, cellText(v)))))));
    this.out.replaceChildren(
      h('div', { class: 'actions' },
        h('span', { class: 'muted' }, `${t('rows', { count: r.rowCount })} · ${r.durationMs} ms`),
        r.truncated ? h('strong', {}, t(r.truncatedBy === 'BYTES' ? 'byteLimit' : 'rowLimit')) : null,
        h('button', { type: 'button', 'data-i18n': 'exportCsv', onclick: () => download(toCsv(r.columns, r.rows), 'query.csv', 'text/csv') }, t('exportCsv')),
        hasGraph ? h('button', { type: 'button', 'data-i18n': 'showAsGraph', onclick: () => this.showGraph(r) }, t('showAsGraph')) : null),
      ...(unset.length ? [h('p', { id: 'cypher-unset', class: 'notice', role: 'status' }, t('paramsUnset', { names: unset.map((p) => `$${p}`).join(', ') }))] : []),
      table);
  }
}
