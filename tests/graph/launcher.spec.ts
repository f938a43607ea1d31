import { findFreePort, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '@policy-graph/graph';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUICK_START, testNeo4j } from '../support/neo4j-env';
import { runKg } from '../support/run-kg';

// The launcher tests need an instance started by the launcher: the run's own when global-setup
// chose the launcher, else one started here.
describe('the local Neo4j launcher', () => {
  let home: string;
  let ownInstance = false;
  const password = 'policy-graph-e2e';

  beforeAll(async () => {
    const neo4j = testNeo4j();
    if (neo4j.source === 'launcher' && neo4j.home) {
      home = neo4j.home;
      return;
    }
    home = mkdtempSync(join(tmpdir(), 'policy-graph-launcher-'));
    ownInstance = true;
    await startLocalNeo4j({
      ...{ home, port: await findFreePort(), password, heap: '1g', pagecache: '256m' },
      ...{ watchPid: process.pid, jvmOptions: QUICK_START },
    });
  }, 240_000);

  afterAll(async () => {
    if (!ownInstance) return;
    await stopLocalNeo4j({ home });
    rmSync(home, { recursive: true, force: true });
  });

  const scratchHome = () => mkdtempSync(join(tmpdir(), 'policy-graph-scratch-'));

  it('treats starting a running instance as harmless: same pid, same URI, no second JVM', async () => {
    const before = await localNeo4jStatus({ home });
    expect(before.state).toBe('running');
    const again = await startLocalNeo4j({ home, port: 1 /* ignored: it already runs */ });
    expect(again).toMatchObject({ alreadyRunning: true, pid: before.state === 'running' ? before.pid : -1 });
    expect(again.uri).toBe(before.state === 'running' ? before.uri : '');
  });

  it('says so through bin/kg too, printing the bolt:// URI', () => {
    const result = runKg(['neo4j', 'start', '--home', home]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(result.stderr).toContain('already running');
    expect(runKg(['neo4j', 'status', '--home', home])).toMatchObject({ status: 0, stdout: expect.stringContaining('running bolt://') });
  });

  describe('with a port taken by another process', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      port = await findFreePort();
      server = createServer();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('refuses to start with PORT_IN_USE naming the port', async () => {
      const scratch = scratchHome();
      try {
        await expect(startLocalNeo4j({ home: scratch, port })).rejects.toMatchObject({
          code: 'PORT_IN_USE',
          message: expect.stringContaining(`port ${port} on 127.0.0.1 is in use`),
        });
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });

    it('makes bin/kg exit non-zero with the message on stderr', () => {
      const scratch = scratchHome();
      const result = runKg(['neo4j', 'start', '--home', scratch, '--port', String(port)]);
      rmSync(scratch, { recursive: true, force: true });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`[PORT_IN_USE] port ${port} on 127.0.0.1 is in use`);
    });
  });

  it('reports a pid file left by a dead process as stale and clears it on stop', async () => {
    const scratch = scratchHome();
    try {
      writeFileSync(join(scratch, 'neo4j.pid'), '2147483646');
      expect(await localNeo4jStatus({ home: scratch })).toMatchObject({ state: 'stale', pid: 2147483646 });
      expect(await stopLocalNeo4j({ home: scratch })).toMatchObject({ wasRunning: false });
      expect(existsSync(join(scratch, 'neo4j.pid'))).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('explains a store locked by a Neo4j this folder lost track of', async () => {
    // Hide the running instance's pid file, so a second JVM tries the same store.
    const pidFile = join(home, 'neo4j.pid');
    const readyFile = join(home, 'ready');
    renameSync(pidFile, `${pidFile}.hidden`);
    renameSync(readyFile, `${readyFile}.hidden`);
    try {
      const options = { home, port: await findFreePort(), password, heap: '512m', pagecache: '64m', jvmOptions: QUICK_START };
      await expect(startLocalNeo4j(options)).rejects.toMatchObject({
        code: 'STORE_LOCKED',
        message: expect.stringContaining('locked by another process'),
      });
    } finally {
      renameSync(`${pidFile}.hidden`, pidFile);
      renameSync(`${readyFile}.hidden`, readyFile);
    }
    expect((await localNeo4jStatus({ home })).state).toBe('running');
  }, 180_000);
});
