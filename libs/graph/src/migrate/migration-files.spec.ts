import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checksumOf, readMigrations, splitStatements } from './migration-files';

describe('splitStatements', () => {
  it('splits on a semicolon at the end of a line and drops comment lines', () => {
    const text = [
      '// 约束',
      'CREATE CONSTRAINT a IF NOT EXISTS',
      'FOR (n:A) REQUIRE n.id IS UNIQUE;',
      '',
      "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);   ",
      "RETURN 'a;b' AS kept",
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)',
      "RETURN 'a;b' AS kept",
    ]);
  });

  it('returns nothing for a file of comments', () => {
    expect(splitStatements('// nothing\n\n')).toEqual([]);
  });
});

describe('checksumOf', () => {
  it('does not depend on the line endings of the checkout', () => {
    expect(checksumOf('RETURN 1;\r\nRETURN 2;\r\n')).toBe(checksumOf('RETURN 1;\nRETURN 2;\n'));
    expect(checksumOf('RETURN 1;')).not.toBe(checksumOf('RETURN 2;'));
  });
});

describe('readMigrations', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'migrations-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('orders V#### files by version and ignores other files', () => {
    writeFileSync(join(dir, 'V0010__later.cypher'), 'RETURN 10;');
    writeFileSync(join(dir, 'V0002__second.cypher'), 'RETURN 2;');
    writeFileSync(join(dir, 'README.md'), '# not a migration');
    writeFileSync(join(dir, 'v0003__lowercase.cypher'), 'RETURN 3;');
    expect(readMigrations(dir).map((m) => [m.version, m.name])).toEqual([
      ['V0002', 'second'],
      ['V0010', 'later'],
    ]);
  });

  it('refuses two files with one version', () => {
    writeFileSync(join(dir, 'V0001__a.cypher'), 'RETURN 1;');
    writeFileSync(join(dir, 'V0001__b.cypher'), 'RETURN 1;');
    expect(() => readMigrations(dir)).toThrow(/two migrations share version V0001/);
  });

  it('reads the repository schema: constraints first, then the cjk full-text index', () => {
    const migrations = readMigrations(resolve(__dirname, '../../../../graph/schema'));
    expect(migrations[0].file).toBe('V0001__constraints.cypher');
    expect(migrations[0].statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
    expect(migrations[1].statements.join('\n')).toMatch(/FULLTEXT INDEX nameSearch[\s\S]*'cjk'/);
  });
});
