/**
 * The longest the event loop went without running a 5 ms timer while `work` ran: how long the work
 * held every other request back. A blocked loop shows when the timer it held back fires, so the
 * measurement runs on 50 ms past the work.
 */
export async function longestGap<T>(work: () => T | Promise<T>): Promise<{ result: T; longest: number }> {
  let last = Date.now();
  let longest = 0;
  const ticker = setInterval(() => {
    longest = Math.max(longest, Date.now() - last);
    last = Date.now();
  }, 5);
  try {
    const result = await work();
    await new Promise((r) => setTimeout(r, 50));
    return { result, longest };
  } finally {
    clearInterval(ticker);
  }
}
