import { rmSync } from 'node:fs';

// Stops what global-setup.ts started (nothing when NEO4J_URI was given) and removes its folder.
export default async function globalTeardown(): Promise<void> {
  const stop = (globalThis as { e2eStop?: () => Promise<unknown> }).e2eStop;
  if (stop) await stop();
  const home = process.env.E2E_NEO4J_HOME;
  if (home && process.env.E2E_NEO4J_SOURCE === 'launcher') rmSync(home, { recursive: true, force: true });
}
