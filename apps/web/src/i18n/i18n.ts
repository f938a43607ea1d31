import { en, zh, MessageKey } from './messages';
import type { Lang } from '../state/url-state';

let current: Lang = 'zh';
const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** The language the page speaks now. */
export function currentLang(): Lang {
  return current;
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return tables[current][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Re-labels static markup: data-i18n sets text, data-i18n-ph the placeholder, data-i18n-title the title. */
export function applyI18n(root: ParentNode = document): void {
  if (root === document) document.title = t('pageTitle');
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(el.dataset.i18n as MessageKey)));
  root.querySelectorAll<HTMLInputElement>('[data-i18n-ph]').forEach((el) => (el.placeholder = t(el.dataset.i18nPh as MessageKey)));
  root.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => {
    el.title = t(el.dataset.i18nTitle as MessageKey);
    el.setAttribute('aria-label', el.title);
  });
}
