// Where each file of a `kg ingest` run is, in the states of the API's ingestion jobs, so the CLI and
// the jobs report a run in the same terms.
export const FILE_STATES = ['queued', 'reading', 'extracting', 'loading', 'done', 'failed'] as const;
export type FileState = (typeof FILE_STATES)[number];

export class FileStates {
  private readonly states: FileState[];
  private readonly counts: Record<FileState, number>;

  constructor(total: number) {
    this.states = new Array<FileState>(total).fill('queued');
    this.counts = { queued: total, reading: 0, extracting: 0, loading: 0, done: 0, failed: 0 };
  }

  /** Moves the file at `index` (its place in the run) to `state`. */
  set(index: number, state: FileState): void {
    const from = this.states[index];
    if (from === undefined) throw new Error(`no file ${index} in a run of ${this.states.length}`);
    this.counts[from] -= 1;
    this.counts[state] += 1;
    this.states[index] = state;
  }

  count(state: FileState): number {
    return this.counts[state];
  }

  /** "190 queued, 0 reading, 7 extracting, 1 loading, 98 done, 2 failed" */
  describe(): string {
    return FILE_STATES.map((s) => `${this.counts[s]} ${s}`).join(', ');
  }
}
