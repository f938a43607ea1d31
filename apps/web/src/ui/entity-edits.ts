import type { Core } from 'cytoscape';
import type { CorrectionInput } from '../api/review';
import { renamedId } from '../graph/correction-target';
import type { ElementData } from '../graph/types';
import { t } from '../i18n/i18n';
import { h } from './dom';

/** Records a correction from the evidence panel; `shownAs` is the element's id afterwards, when it changes (a rename). */
export type RecordCorrection = (input: CorrectionInput, shownAs?: string) => Promise<void>;

function button(id: string, label: string, run: () => Promise<void>): HTMLElement {
  return h('button', { type: 'button', class: 'edit', id, onclick: () => void run() }, label);
}

/** A new name for a slogan or project: the old one stays as an alias. */
function renameForm(data: ElementData, record: RecordCorrection): HTMLElement {
  const entity = data.type === 'Slogan' ? 'slogan' : 'project';
  const name = String(data.label);
  const input = h('input', { id: 'edit-rename-to', type: 'text', value: name, 'aria-label': t('renameTo'), placeholder: t('renameTo') });
  return h('form', { class: 'rename', onsubmit: (e: Event) => {
    e.preventDefault();
    const to = input.value.trim();
    if (to && to !== name) void record({ kind: 'RENAME', entity, name: entity === 'project' ? data.id : name, to }, renamedId(data.id, String(data.type), to));
  } }, input, h('button', { type: 'submit', class: 'edit', id: 'edit-rename' }, t('rename')));
}

/** Each alias of a slogan or project with a button that makes it an entity of its own again (undoing a merge). */
function aliasSplits(data: ElementData, record: RecordCorrection): HTMLElement | null {
  const aliases = ((data.properties ?? {}) as { aliases?: unknown }).aliases;
  if (!Array.isArray(aliases) || !aliases.length) return null;
  const entity = data.type === 'Slogan' ? 'slogan' : 'project';
  const from = entity === 'project' ? data.id : String(data.label);
  return h('ul', { class: 'aliases' }, ...aliases.map(String).map((alias, i) => h('li', {}, h('span', {}, alias), ' ',
    button(`edit-split-${i}`, t('splitAlias'), () => record({ kind: 'SPLIT', entity, alias, from })))));
}

/** A reviewer's corrections of the selected element: accept or reject a tie or a part; reject, rename or split an alias off a slogan or a project. */
export function entityEdits(cy: Core, data: ElementData, record: RecordCorrection): HTMLElement | null {
  const buttons: HTMLElement[] = [];
  if (data.type === 'FULFILS') {
    const project = String(cy.getElementById(String(data.source)).data('label'));
    const slogan = String(data.target);
    buttons.push(button('edit-accept', t('accept'), () => record({ kind: 'ACCEPT_FULFILS', project, slogan })),
      button('edit-reject', t('reject'), () => record({ kind: 'REJECT_FULFILS', project, slogan })));
  } else if (data.type === 'HAS_PART') {
    const [programme, part] = [String(data.source), String(data.target)];
    buttons.push(button('edit-accept', t('accept'), () => record({ kind: 'ACCEPT_PART', programme, part })),
      button('edit-reject', t('reject'), () => record({ kind: 'REJECT_PART', programme, part })));
  } else if (data.type === 'Slogan') {
    buttons.push(button('edit-reject-slogan', t('rejectSlogan'), () => record({ kind: 'REJECT_SLOGAN', slogan: data.id })));
  } else if (data.type === 'Project') {
    buttons.push(button('edit-reject-project', t('rejectProject'), () => record({ kind: 'REJECT_PROJECT', project: String(data.label) })));
  }
  if (!buttons.length) return null;
  const entity = data.type === 'Slogan' || data.type === 'Project';
  return h('section', { class: 'edits' }, h('h3', {}, t('reviewEdit')), h('div', { class: 'review-actions' }, ...buttons),
    entity ? renameForm(data, record) : null, entity ? aliasSplits(data, record) : null);
}
