import type { Slogan } from '@policy-graph/model';
import type { DocumentStructure } from '@policy-graph/text';
import type { AddRelation, Located } from './fulfils';
import { lowerBound } from './fulfils';

/**
 * In a task table, a project reported only in a row's last cell serves the row's programme:
 * the one slogan of the row's earlier cells that enumerates parts.
 */
export function tableRowRule(text: string, structure: DocumentStructure, projectsAt: Located[], slogansAt: Located[], slogans: Slogan[], add: AddRelation): void {
  const withParts = new Set(slogans.filter((s) => s.parts.length).map((s) => s.name));
  let p = 0;
  for (const row of structure.tableRows) {
    while (p < structure.paragraphs.length && structure.paragraphs[p].start < row.start) p++;
    const cells = [];
    for (let q = p; q < structure.paragraphs.length && structure.paragraphs[q].end <= row.end; q++) cells.push(structure.paragraphs[q]);
    if (cells.length < 2) continue;
    const last = cells[cells.length - 1];
    const earlier = text.slice(row.start, last.start);
    const rowSlogans = new Set<string>();
    for (let k = lowerBound(slogansAt, row.start); k < slogansAt.length && slogansAt[k].start < last.start; k++) {
      if (withParts.has(slogansAt[k].name)) rowSlogans.add(slogansAt[k].name);
    }
    if (rowSlogans.size !== 1) continue;
    for (let k = lowerBound(projectsAt, last.start); k < projectsAt.length && projectsAt[k].start < last.end; k++) {
      const project = projectsAt[k];
      if (earlier.includes(text.slice(project.start, project.end)) || earlier.includes(project.name)) continue;
      for (const s of rowSlogans) add(project.name, s, 'fulfils.table-row', row);
    }
  }
}
