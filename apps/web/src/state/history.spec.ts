import { UndoStack } from './history';

describe('UndoStack', () => {
  it('pops in reverse order and drops the oldest beyond capacity', () => {
    const s = new UndoStack<number>(2);
    s.push(1);
    s.push(2);
    s.push(3);
    expect(s.size).toBe(2);
    expect(s.pop()).toBe(3);
    expect(s.pop()).toBe(2);
    expect(s.pop()).toBeUndefined();
  });
});
