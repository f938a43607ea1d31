import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from 'iconv-lite';

const SEEDS = join(__dirname, '../../../../seeds');
export const FIXTURES = join(__dirname, 'fixtures');

/** A seed document's text, as the tests' source of real Chinese content. */
export function seedText(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

export type FixtureEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-16le-bom' | 'utf-16be-bom';

/** The text encoded as a file saved in the given encoding would hold it. */
export function encodeAs(text: string, encoding: FixtureEncoding): Uint8Array {
  const withBom = encoding.endsWith('-bom');
  const base = encoding.replace(/-bom$/, '');
  return new Uint8Array(encode(text, base, { addBOM: withBom }));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}
