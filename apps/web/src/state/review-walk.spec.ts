import type { QueueItem } from '../api/review';
import { ReviewWalk } from './review-walk';
import { DecisionTrail } from './decision-trail';

const item = (project: string, slogan = '全域美丽'): QueueItem => ({
  kind: 'FULFILS', target: `FULFILS:${project}→${slogan}`, project, slogan, confidence: 0.7, rule: 'fulfils.heading', documents: 2,
  evidence: '…', documentId: 'd', start: 0, end: 1,
});
const [a, b, c] = [item('公交首末站'), item('地铁三号线'), item('智慧公交候车厅')];

describe('ReviewWalk', () => {
  it('shows the queue’s first tie and moves on when it is decided', () => {
    const walk = new ReviewWalk();
    walk.load([a, b, c]);
    expect(walk.current).toBe(a);
    walk.leave(a, false);
    walk.load([b, c]);
    expect(walk.current).toBe(b);
    expect(walk.left()).toEqual({ count: 2, more: false });
  });

  it('keeps a skipped tie out when the queue is read again', () => {
    const walk = new ReviewWalk();
    walk.load([a, b, c]);
    walk.leave(a, true);
    walk.load([a, b, c]);
    expect(walk.current).toBe(b);
    expect(walk.left().count).toBe(2);
  });

  it('puts a tie whose decision was undone first, even where the queue sorts it later', () => {
    const walk = new ReviewWalk();
    walk.load([a, b, c]);
    walk.leave(a, false);
    walk.leave(b, false);
    walk.putBack(a);
    walk.load([c, a]);
    expect(walk.current).toBe(a);
    walk.leave(a, false);
    walk.load([c]);
    expect(walk.current).toBe(c);
  });

  it('says when the queue holds more than a page', () => {
    const walk = new ReviewWalk();
    walk.load(Array.from({ length: walk.fetchLimit }, (_, i) => item(`项目${i}`)));
    expect(walk.left().more).toBe(true);
  });
});

describe('a walk started again', () => {
  it('leaves out what was skipped before, as the trail remembers it', () => {
    const trail = new DecisionTrail();
    trail.add({ on: 'queue', decision: 'skip', item: a }, null);
    const undone = trail.add({ on: 'queue', decision: 'skip', item: b }, null);
    trail.markUndone(undone);
    const walk = new ReviewWalk(trail.skippedTargets());
    walk.load([a, b, c]);
    expect(walk.current).toBe(b);
    expect(walk.left().count).toBe(2);
  });
});

describe('DecisionTrail', () => {
  it('undoes the newest correction, passing over skips and what was undone', () => {
    const trail = new DecisionTrail();
    trail.add({ on: 'queue', decision: 'reject', item: a }, 'c-1');
    const accepted = trail.add({ on: 'queue', decision: 'accept', item: b }, 'c-2');
    trail.add({ on: 'queue', decision: 'skip', item: c }, null);
    expect(trail.lastUndoable()).toBe(accepted);
    trail.markUndone(accepted);
    expect(trail.lastUndoable()?.correctionId).toBe('c-1');
    expect(trail.counts()).toEqual({ accepted: 0, rejected: 1, skipped: 1, merged: 0 });
  });
});
