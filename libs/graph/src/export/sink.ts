import { once } from 'node:events';
import type { Writable } from 'node:stream';

// Writes with back-pressure: waits for 'drain' when the stream's buffer is full.
export class Sink {
  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
    // characters XML 1.0 does not allow
    .replace(XML_FORBIDDEN, '');
}
