import { cancelJob, jobById, retryJob, startJob, uploadFiles, type Job, type JobFile, type LocalFile } from '../api/ingest-jobs';
import { Store } from '../state/store';
import { ViewerState } from '../state/viewer';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { byId, errorBox, h } from './dom';
import { droppedFiles, pickedFiles, type GatheredFiles } from './dropped-files';

// How far along a file is, out of four steps (queued, reading, extracting, loading, then settled).
const STEP: Record<string, number> = { queued: 0, reading: 1, extracting: 2, loading: 3, done: 4, failed: 4, cancelled: 4 };
const STATE_LABEL: Record<string, MessageKey> = {
  queued: 'fileQueued',
  reading: 'fileReading',
  extracting: 'fileExtracting',
  loading: 'fileLoading',
  done: 'fileDone',
  failed: 'fileFailed',
  cancelled: 'fileCancelled',
};
const POLL_MS = 1_000;

/**
 * The Upload tab, for admins and reviewers only: files or a folder dropped (or picked) become an
 * ingestion job, and each file's way through the states is shown until the job settles.
 */
export class UploadTab {
  private readonly root = byId('tab-upload');
  private readonly button = byId('tabbtn-upload');
  private readonly jobBox = h('div', { id: 'upload-job', 'aria-live': 'polite' });
  private job: Job | null = null;
  private error: string | null = null;
  /** Why nothing was sent (an empty folder), shown until the next upload. */
  private notice: string | null = null;
  private timer: number | null = null;

  constructor(
    private readonly store: Store,
    private readonly viewer: ViewerState,
  ) {
    viewer.subscribe(() => this.follow());
    this.follow();
  }

  private follow(): void {
    const writer = this.viewer.reviewer;
    this.button.hidden = !writer;
    if (!writer) {
      this.stopPolling();
      this.job = null;
      this.root.replaceChildren();
      if (this.viewer.known && this.store.state.tab === 'upload') this.store.update({ tab: 'evidence' });
      return;
    }
    this.layout();
  }

  relabel(): void {
    if (this.viewer.reviewer) this.layout();
  }

  private layout(): void {
    const picked = (e: Event) => {
      const input = e.target as HTMLInputElement;
      this.take(pickedFiles(input.files as FileList));
      // so that choosing the same files or folder again is a change too
      input.value = '';
    };
    const files = h('input', { id: 'upload-input', type: 'file', multiple: true, hidden: true, onchange: picked });
    const folder = h('input', { id: 'upload-folder', type: 'file', multiple: true, webkitdirectory: true, hidden: true, onchange: picked });
    const zone = h('div', { id: 'upload-drop', class: 'upload-drop', tabindex: 0, role: 'button', 'aria-label': t('uploadDrop') },
      h('p', {}, t('uploadDrop')),
      h('button', { type: 'button', id: 'upload-pick', onclick: () => files.click() }, t('uploadPick')),
      h('button', { type: 'button', id: 'upload-pick-folder', onclick: () => folder.click() }, t('uploadFolder')),
      files, folder);
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer) void droppedFiles(e.dataTransfer).then((gathered) => this.take(gathered));
    });
    const urls = h('textarea', { id: 'upload-urls', rows: 3, placeholder: t('uploadUrls'), 'aria-label': t('uploadUrls') });
    const fetchForm = h('form', { class: 'upload-urls', onsubmit: (e: Event) => {
      e.preventDefault();
      const list = urls.value.split(/\s+/).filter(Boolean);
      if (list.length) void this.send([], list);
    } }, urls, h('button', { type: 'submit', id: 'upload-fetch' }, t('uploadFetch')));
    this.root.replaceChildren(h('h3', {}, t('tabUpload')), zone, fetchForm, this.jobBox);
    this.render();
  }

  // Files of a drop or a pick: a job, or the reason there is none (an empty folder, hidden files only).
  private take(gathered: GatheredFiles): void {
    if (gathered.files.length) return void this.send(gathered.files);
    this.notice = gathered.folders.length ? t('uploadEmptyFolder', { name: gathered.folders.join('、') }) : t('uploadNothing');
    this.error = null;
    this.render();
  }

  private async send(files: LocalFile[], urls: string[] = []): Promise<void> {
    if (!files.length && !urls.length) return;
    this.stopPolling();
    this.error = null;
    this.notice = null;
    this.job = null;
    this.jobBox.replaceChildren(h('p', { class: 'upload-note' }, t('uploadSending', { count: files.length + urls.length })));
    try {
      this.job = await startJob(files.length ? await uploadFiles(files) : [], urls);
    } catch (e) {
      this.error = (e as Error).message;
    }
    this.render();
    this.poll();
  }

  private poll(): void {
    if (!this.job || this.job.state !== 'RUNNING') return;
    const id = this.job.id;
    this.timer = window.setTimeout(async () => {
      this.timer = null;
      try {
        this.job = (await jobById(id)) ?? this.job;
      } catch (e) {
        this.error = (e as Error).message;
      }
      this.render();
      this.poll();
    }, POLL_MS);
  }

  private stopPolling(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }

  private async act(work: (id: string) => Promise<Job>): Promise<void> {
    if (!this.job) return;
    this.stopPolling();
    try {
      this.job = await work(this.job.id);
    } catch (e) {
      this.error = (e as Error).message;
    }
    this.render();
    this.poll();
  }

  private render(): void {
    const job = this.job;
    const parts: (HTMLElement | null)[] = [
      this.error ? errorBox(this.error) : null,
      this.notice ? h('p', { id: 'upload-notice', class: 'upload-note', role: 'status' }, this.notice) : null,
    ];
    if (job) {
      const settled = job.counts.done + job.counts.failed + job.counts.cancelled;
      parts.push(
        h('div', { class: 'upload-summary', 'data-state': job.state },
          h('progress', { id: 'upload-progress', max: job.total, value: settled }),
          h('span', { id: 'upload-counts' }, t('uploadCounts', { done: job.counts.done, failed: job.counts.failed, total: job.total })),
          job.state === 'RUNNING' ? h('button', { type: 'button', id: 'upload-cancel', onclick: () => void this.act(cancelJob) }, t('uploadCancel')) : null,
          job.state !== 'RUNNING' && job.counts.failed + job.counts.cancelled > 0
            ? h('button', { type: 'button', id: 'upload-retry', onclick: () => void this.act(retryJob) }, t('uploadRetry'))
            : null),
        h('ol', { class: 'upload-files' }, ...job.files.map((f) => this.fileRow(f))),
      );
    }
    this.jobBox.replaceChildren(...parts.filter((p): p is HTMLElement => !!p));
  }

  private fileRow(f: JobFile): HTMLElement {
    const open = f.state === 'done' && f.documentId
      ? h('button', { type: 'button', class: 'upload-open', onclick: () => this.store.update({ doc: f.documentId, tab: 'document', span: null, mention: null }) }, t('uploadOpen'))
      : null;
    return h('li', { class: 'upload-file', 'data-state': f.state, 'data-name': f.name },
      h('span', { class: 'upload-name' }, f.name),
      h('progress', { max: 4, value: STEP[f.state] ?? 0 }),
      h('span', { class: 'upload-state' }, t(STATE_LABEL[f.state] ?? 'fileQueued')),
      open,
      f.state === 'failed' || f.state === 'cancelled' ? h('div', { class: 'upload-error' }, f.error ?? '') : null);
  }
}
