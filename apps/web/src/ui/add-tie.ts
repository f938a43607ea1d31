import type { DocumentResult, EntityType, Mention } from '../api/operations';
import { t } from '../i18n/i18n';
import type { DocSpan } from '../state/url-state';
import { h } from './dom';
import { attachSuggest } from './suggest';
import { mentionsIn, selectedSpan } from './text-span';

/** A FULFILS tie a reviewer states, with the span of the document that says so. */
export interface NewTie extends DocSpan {
  /** a project's id when it was picked from the graph (a name is unique only within one body), else the name typed */
  project: string;
  slogan: string;
}

/** A name field that suggests entities of one type from the graph; remembers the id of what was picked. */
function entityField(id: string, label: string, type: EntityType, given: Mention | undefined) {
  let picked: { id: string; name: string } | null = given ? { id: given.entityId, name: given.name } : null;
  const input = h('input', { id, type: 'text', value: given?.name ?? '', autocomplete: 'off', required: true, role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': `${id}-list` }) as HTMLInputElement;
  const list = h('ul', { id: `${id}-list`, class: 'suggest-list', role: 'listbox', hidden: true }) as HTMLUListElement;
  attachSuggest(input, list, (hit) => (picked = { id: hit.id, name: hit.name }), [type]);
  return {
    root: h('label', { class: 'add-tie-field' }, h('span', {}, label), input, list),
    /** the picked entity's id while the field still shows its name; what was typed otherwise */
    value: () => (picked && picked.name === input.value.trim() ? picked.id : input.value.trim()),
  };
}

/**
 * For a reviewer in the document tab: select text, press "Add tie…", name the project and the
 * slogan (suggested from the graph, those mentioned in the selection filled in) and the tie is
 * recorded with the selection as its evidence.
 */
export function addTieControl(doc: DocumentResult, record: (tie: NewTie) => Promise<void>): HTMLElement {
  const root = h('section', { id: 'add-tie', class: 'add-tie' });
  let span: DocSpan | null = null;
  let open = false;

  const idle = () => {
    // while there is a selection (or the form is open) the control stays in view above the text
    root.classList.toggle('active', span !== null);
    root.replaceChildren(span
      ? h('p', {}, h('button', { type: 'button', id: 'add-tie-open', class: 'edit', onclick: () => showForm() }, t('addTie')), ' ',
        h('span', { class: 'muted' }, t('addTieSelected', { count: span.end - span.start })))
      : h('p', { class: 'muted', id: 'add-tie-hint' }, t('addTieHint')));
  };

  const showForm = () => {
    if (!span) return;
    const chosen = span;
    open = true;
    const inside = mentionsIn(doc.mentions, chosen);
    const project = entityField('add-tie-project', t('project'), 'Project', inside.find((m) => m.type === 'Project'));
    const slogan = entityField('add-tie-slogan', t('slogan'), 'Slogan', inside.find((m) => m.type === 'Slogan'));
    const error = h('p', { class: 'add-tie-error', role: 'alert' });
    const save = h('button', { type: 'submit', id: 'add-tie-save', class: 'edit' }, t('addTieSave')) as HTMLButtonElement;
    const form = h('form', { id: 'add-tie-form', class: 'add-tie-form', onsubmit: (e: Event) => {
      e.preventDefault();
      if (!project.value() || !slogan.value()) return;
      save.disabled = true;
      error.textContent = '';
      record({ project: project.value(), slogan: slogan.value(), ...chosen }).then(close, (err: Error) => {
        error.textContent = err.message;
        save.disabled = false;
      });
    } },
    h('blockquote', { class: 'add-tie-quote' }, doc.text.slice(chosen.start, chosen.end)),
    project.root, slogan.root, error,
    h('p', { class: 'review-actions' }, save, ' ', h('button', { type: 'button', id: 'add-tie-cancel', onclick: () => close() }, t('cancel'))));
    root.classList.add('active');
    root.replaceChildren(form);
    (project.value() ? slogan : project).root.querySelector('input')?.focus();
  };

  const close = () => {
    open = false;
    span = null;
    idle();
  };

  // the document's text is drawn beside this control: follow what the reader selects in it
  const follow = () => {
    if (!root.isConnected) return document.removeEventListener('selectionchange', follow);
    const body = root.parentElement?.querySelector<HTMLElement>('.doc-text');
    if (open || !body) return;
    const selection = window.getSelection();
    // a selection elsewhere (a field, the button) leaves the last one in the text standing
    if (selection?.anchorNode && !body.contains(selection.anchorNode)) return;
    span = selectedSpan(body, doc.text);
    idle();
  };
  document.addEventListener('selectionchange', follow);
  idle();
  return root;
}
