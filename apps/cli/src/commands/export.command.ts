import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { join } from 'node:path';
import {
  EXPORT_FORMATS, ExportFormat, Neo4jExecutor, assertReadOnlyCypher, bindParams, exportGraph, exportRows, findSavedQuery,
  queryGraphSource, wholeGraphSource,
} from '@policy-graph/graph';
import { CommandContext, CommandRunner, UsageError } from '../command';
import type { PanelExportOptions } from './panel-export';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = {
  format: { type: 'string' },
  query: { type: 'string' },
  param: { type: 'string', multiple: true },
  cypher: { type: 'string' },
  out: { type: 'string' },
  'with-text': { type: 'boolean' },
  panel: { type: 'string' },
  coverage: { type: 'boolean' },
  'with-variants': { type: 'boolean' },
  level: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

function parseParams(pairs: string[] = []): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`--param expects NAME=VALUE, got "${pair}"`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

interface Target {
  cypher: string;
  params: Record<string, unknown>;
}

function targetOf(values: { query?: string; cypher?: string; param?: string[] }, repoRoot: string): Target | null {
  if (values.query && values.cypher) throw new UsageError('give --query or --cypher, not both');
  if (values.query) {
    const saved = findSavedQuery(join(repoRoot, 'graph', 'queries'), values.query);
    return { cypher: saved.cypher, params: bindParams(saved, parseParams(values.param)) };
  }
  if (values.cypher) {
    assertReadOnlyCypher(values.cypher);
    return { cypher: values.cypher, params: parseParams(values.param) };
  }
  return null;
}

async function write(executor: Neo4jExecutor, format: ExportFormat, target: Target | null, omit: string[], out: Writable): Promise<string> {
  if (!target) {
    const c = await exportGraph(wholeGraphSource(executor, { omit }), format, out);
    return `${c.nodes} nodes, ${c.edges} edges`;
  }
  const source = queryGraphSource(executor, target.cypher, target.params, { omit });
  const keys = await source.keys();
  const graphLike = keys.node.length + keys.edge.length > 0 || format === 'graphml' || format === 'gexf';
  if (graphLike) {
    const c = await exportGraph(source, format, out);
    if (c.nodes + c.edges === 0 && (format === 'graphml' || format === 'gexf')) return 'the query returned no nodes or relationships (use csv or json for tables)';
    return `${c.nodes} nodes, ${c.edges} edges`;
  }
  return `${await exportRows(executor, target.cypher, target.params, format as 'csv' | 'json', out)} rows`;
}

async function exportPanelOrCoverage(values: PanelExportOptions, ctx: CommandContext): Promise<void> {
  const { checkPanelOptions, exportPanel } = await import('./panel-export');
  checkPanelOptions(values);
  const executor = await connectGraph(ctx.config().neo4j);
  try {
    ctx.err(`export: ${await exportPanel(executor, values)} → ${values.out}`);
  } finally {
    await executor.close();
  }
}

export const exportCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, OPTIONS);
    if (values.panel !== undefined || values.coverage) return exportPanelOrCoverage(values, ctx);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const target = targetOf(values, ctx.repoRoot);
    // connected first, so a Neo4j that is away leaves no empty --out file behind
    const executor = await connectGraph(ctx.config().neo4j);
    const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
    try {
      const note = await write(executor, format, target, values['with-text'] ? [] : ['text'], out);
      if (values.out) {
        out.end();
        await finished(out);
      }
      ctx.err(`export: ${note}${values.out ? ` → ${values.out}` : ''}`);
    } finally {
      await executor.close();
    }
  },
};
