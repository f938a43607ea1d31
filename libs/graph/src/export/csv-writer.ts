import { ElementKeys, ExportElement, cellValue } from './graph-element';
import type { GraphWriter } from './graph-writer';
import type { Sink } from './sink';

export function csvCell(value: unknown): string {
  const text = cellValue(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// One table for spreadsheets: a row per node and per edge, `kind` telling which.
export function csvGraphWriter(sink: Sink): GraphWriter {
  let columns: string[] = [];
  return {
    async begin(keys: ElementKeys) {
      columns = [...new Set([...keys.node, ...keys.edge])].filter((k) => !['id', 'source', 'target'].includes(k));
      await sink.write(['kind', 'id', 'labels', 'type', 'source', 'target', ...columns].map(csvCell).join(',') + '\n');
    },
    async element(e: ExportElement) {
      const head = e.kind === 'node' ? ['node', e.id, e.labels.join(':'), '', '', ''] : ['edge', e.id, '', e.type, e.source, e.target];
      await sink.write([...head, ...columns.map((k) => e.properties[k])].map(csvCell).join(',') + '\n');
    },
    async end() {
      return;
    },
  };
}
