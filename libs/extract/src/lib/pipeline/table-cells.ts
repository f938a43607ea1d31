import type { DocumentStructure } from '@policy-graph/text';
import { SpanSet } from '../spans';

/** In a flattened task table the last cell of each row reports what was done. */
export function completionCells(structure: DocumentStructure): (offset: number) => boolean {
  if (!structure.tableRows.length) return () => false;
  const cells: { start: number; end: number }[] = [];
  let p = 0;
  for (const row of structure.tableRows) {
    while (p < structure.paragraphs.length && structure.paragraphs[p].start < row.start) p++;
    let last = -1;
    let count = 0;
    for (let q = p; q < structure.paragraphs.length && structure.paragraphs[q].end <= row.end; q++) [last, count] = [q, count + 1];
    if (count >= 2) cells.push(structure.paragraphs[last]);
  }
  const set = new SpanSet(cells.map((c) => ({ start: c.start, end: c.end })));
  return (offset) => set.contains(offset);
}
