import { emptySamples, sample } from './load';

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

describe('sample', () => {
  it('counts only the answers that arrive within the window, as wrk does, and waits for the rest', async () => {
    const into = emptySamples();
    const started = Date.now();
    // each client: one answer at ~150 ms (within 250 ms), the next at ~300 ms (after it)
    const seconds = await sample(0.25, 2, () => wait(150), into);
    expect(seconds).toBe(0.25);
    expect(into.latencies).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('counts an error within the window and leaves out one after it', async () => {
    const into = emptySamples();
    let n = 0;
    await sample(0.25, 1, () => wait(150).then(() => Promise.reject(new Error(`failed ${++n}`))), into);
    expect(into.errors).toBe(1);
    expect(into.firstError).toBe('failed 1');
  });
});
