import type { Tab } from '../state/url-state';

/** A tablist: arrow keys move between tabs, the chosen one shows its panel. */
export function initTabs(onPick: (tab: Tab) => void): (tab: Tab) => void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  const show = (tab: Tab) => {
    for (const b of buttons) {
      const on = b.dataset.tab === tab;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(`tab-${b.dataset.tab}`);
      if (panel) panel.hidden = !on;
    }
  };
  buttons.forEach((b) => {
    b.id = `tabbtn-${b.dataset.tab}`;
    document.getElementById(`tab-${b.dataset.tab}`)?.setAttribute('aria-labelledby', b.id);
    b.addEventListener('click', () => onPick(b.dataset.tab as Tab));
    b.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      // tabs a reader may not use are hidden, and skipped
      const shown = buttons.filter((x) => !x.hidden);
      const at = shown.indexOf(b);
      const next = shown[(at + (e.key === 'ArrowRight' ? 1 : shown.length - 1)) % shown.length];
      next.focus();
      onPick(next.dataset.tab as Tab);
    });
  });
  return show;
}
