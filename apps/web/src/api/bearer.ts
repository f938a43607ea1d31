// The reviewer's token, kept for this browser tab only (sessionStorage): closing the tab signs out.
const KEY = 'policy-graph.bearer';

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage refused (private mode): the token lasts until the page is reloaded
  }
}
