import type { Outcome, Project } from '@policy-graph/model';

/** Ties an outcome to a project named earlier in its clause (宏力管道等6个提升改造项目 …). */
export function linkOutcomesToProjects(text: string, outcomes: Outcome[], projects: Project[]): void {
  const mentions = projects
    .flatMap((p) => p.mentions.map((m) => ({ name: p.name, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  if (!mentions.length) return;
  let k = 0;
  for (const o of outcomes) {
    const at = o.mentions[0].start;
    const before = text.slice(Math.max(0, at - 60), at);
    const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('\n'));
    const clauseStart = at - before.length + cut + 1;
    while (k < mentions.length && mentions[k].start < at) k++;
    for (let j = k - 1; j >= 0 && mentions[j].start >= clauseStart; j--) {
      if (mentions[j].end <= at + 1) {
        o.project = mentions[j].name;
        break;
      }
    }
  }
}
