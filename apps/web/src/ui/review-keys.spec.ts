import { isTyping, keyOf, reviewAction } from './review-keys';

const body = { tagName: 'BODY' };

describe('review keys', () => {
  it('maps a, r, s and u to accept, reject, skip and undo on the ties queue, in either case', () => {
    expect(['a', 'r', 's', 'u', 'A'].map((key) => reviewAction('ties', { key, target: body }))).toEqual(['accept', 'reject', 'skip', 'undo', 'accept']);
    expect(reviewAction('ties', { key: 'm', target: body })).toBeNull();
  });

  it('maps m, n, s and u on the merge candidates', () => {
    expect(['m', 'n', 's', 'u'].map((key) => reviewAction('merges', { key, target: body }))).toEqual(['merge', 'distinct', 'skip', 'undo']);
    expect(reviewAction('merges', { key: 'a', target: body })).toBeNull();
  });

  it('does nothing while typing in a field or with a modifier held', () => {
    expect(reviewAction('ties', { key: 'a', target: { tagName: 'INPUT', type: 'search' } })).toBeNull();
    expect(reviewAction('ties', { key: 'r', target: { tagName: 'TEXTAREA' } })).toBeNull();
    expect(reviewAction('ties', { key: 's', target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(reviewAction('ties', { key: 'u', ctrlKey: true, target: body })).toBeNull();
    expect(reviewAction('ties', { key: 'a', target: { tagName: 'INPUT', type: 'checkbox' } })).toBe('accept');
  });

  it('tells text fields from other controls', () => {
    expect(isTyping({ tagName: 'input' })).toBe(true);
    expect(isTyping({ tagName: 'INPUT', type: 'password' })).toBe(true);
    expect(isTyping({ tagName: 'SELECT' })).toBe(true);
    expect(isTyping({ tagName: 'BUTTON' })).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('names the key of each action for its button', () => {
    expect(keyOf('ties', 'reject')).toBe('R');
    expect(keyOf('merges', 'distinct')).toBe('N');
    expect(keyOf('ties', 'merge')).toBeNull();
  });
});
