import { me } from '../api/review';
import { storedToken, storeToken } from '../api/bearer';
import { READER, ViewerState } from '../state/viewer';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h, byId } from './dom';

/** “Sign in to review” in the top bar: a token field, checked with `me` before it is kept for this tab. */
export class SignIn {
  private readonly root = byId('signin');
  private open = false;
  private message: MessageKey | null = null;

  constructor(private readonly viewer: ViewerState) {
    viewer.subscribe(() => this.render());
  }

  /** Who the kept token names; a token the server no longer knows is dropped. */
  async start(): Promise<void> {
    this.render();
    if (!storedToken()) return this.viewer.set(READER);
    try {
      this.viewer.set(await me());
    } catch {
      storeToken(null);
      this.viewer.set(READER);
    }
  }

  private async submit(token: string): Promise<void> {
    if (!token) return;
    try {
      const who = await me(token);
      storeToken(token);
      this.open = false;
      this.message = who.role === 'READER' ? 'readerToken' : null;
      this.viewer.set(who);
    } catch {
      this.message = 'badToken';
      this.render();
    }
  }

  private signOut(): void {
    storeToken(null);
    this.message = null;
    this.viewer.set(READER);
  }

  render(): void {
    const who = this.viewer.current;
    const note = this.message ? [h('span', { id: 'signin-note', class: 'signin-note', role: 'status' }, t(this.message))] : [];
    if (storedToken()) {
      const name = who.name ? `${who.name} · ${t(`role${who.role}`)}` : t(`role${who.role}`);
      return void this.root.replaceChildren(h('span', { id: 'signin-who' }, name), ...note,
        h('button', { type: 'button', id: 'signout', onclick: () => this.signOut() }, t('signOut')));
    }
    if (!this.open) {
      return void this.root.replaceChildren(h('button', { type: 'button', id: 'signin-open', title: t('signInTitle'), onclick: () => {
        this.open = true;
        this.render();
        byId('signin-token').focus();
      } }, t('signIn')), ...note);
    }
    const input = h('input', { id: 'signin-token', type: 'password', autocomplete: 'off', placeholder: t('tokenLabel'), 'aria-label': t('tokenLabel') });
    const form = h('form', { class: 'signin-form', title: t('signInTitle'), onsubmit: (e: Event) => {
      e.preventDefault();
      void this.submit(input.value.trim());
    } }, input, h('button', { type: 'submit', id: 'signin-submit' }, t('signInSubmit')));
    this.root.replaceChildren(form, ...note);
  }
}
