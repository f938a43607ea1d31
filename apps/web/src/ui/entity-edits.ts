import type { Core } from 'cytoscape';
import type { CorrectionInput } from '../api/review';
import type { ElementData } from '../graph/types';
import { t } from '../i18n/i18n';
import { h } from './dom';

/** Records a correction from the evidence panel about `target`. */
export type RecordCorrection = (input: CorrectionInput, target: string) => Promise<void>;

function button(id: string, label: string, run: () => Promise<void>): HTMLElement {
  return h('button', { type: 'button', class: 'edit', id, onclick: () => void run() }, label);
}

/** A reviewer's corrections of the selected element: accept or reject a tie, reject a slogan or a project. */
export function entityEdits(cy: Core, data: ElementData, target: string, record: RecordCorrection): HTMLElement | null {
  const buttons: HTMLElement[] = [];
  if (data.type === 'FULFILS') {
    const project = String(cy.getElementById(String(data.source)).data('label'));
    const slogan = String(data.target);
    buttons.push(button('edit-accept', t('accept'), () => record({ kind: 'ACCEPT_FULFILS', project, slogan }, target)),
      button('edit-reject', t('reject'), () => record({ kind: 'REJECT_FULFILS', project, slogan }, target)));
  } else if (data.type === 'Slogan') {
    buttons.push(button('edit-reject-slogan', t('rejectSlogan'), () => record({ kind: 'REJECT_SLOGAN', slogan: data.id }, target)));
  } else if (data.type === 'Project') {
    buttons.push(button('edit-reject-project', t('rejectProject'), () => record({ kind: 'REJECT_PROJECT', project: String(data.label) }, target)));
  }
  if (!buttons.length) return null;
  return h('section', { class: 'edits' }, h('h3', {}, t('reviewEdit')), h('div', { class: 'review-actions' }, ...buttons));
}
