import type { IngestSummary } from '@policy-graph/graph';

// In the terms of the API's ingestion jobs: files done (created, unchanged or replaced) or failed.
export function formatSummary(s: IngestSummary): string {
  const c = s.counts;
  const lines = [
    `files: ${s.documents} done (${s.new} created, ${s.unchanged} unchanged, ${s.replaced} replaced), ${s.failed.length} failed (${s.seconds.toFixed(1)} s)`,
    `nodes: ${c.nodesCreated} created, ${c.nodesDeleted} deleted; relationships: ${c.relationshipsCreated} created, ${c.relationshipsDeleted} deleted; rows written: ${s.rows}`,
  ];
  for (const f of s.failed) lines.push(`failed ${f.file}: ${f.reason}`);
  return `${lines.join('\n')}\n`;
}
