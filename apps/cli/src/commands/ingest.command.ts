import { IngestAborted } from '@policy-graph/graph';
import { CommandRunner, UsageError } from '../command';
import { formatSummary } from '../ingest/format-summary';
import { runIngest } from '../ingest/run-ingest';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = {
  workers: { type: 'string' },
  ahead: { type: 'string' },
  every: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a whole number, got "${value}"`);
  return n;
}

export const ingestCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (!positionals.length) throw new UsageError('give at least one file or folder');
    const workers = count(values.workers, 1, 'workers');
    const { neo4j } = ctx.config();
    const executor = await connectGraph(neo4j);
    try {
      const extract = workers === 0 ? (await import('../ingest/extractor')).extract : undefined;
      const summary = await runIngest({
        paths: positionals,
        executor,
        workers,
        extract,
        ahead: values.ahead === undefined ? undefined : count(values.ahead, 4, 'ahead'),
        progress: process.stderr,
        progressEvery: count(values.every, 100, 'every'),
      });
      if (values.json) ctx.out(JSON.stringify(summary));
      else ctx.err(formatSummary(summary).trimEnd());
      return summary.failed.length ? 3 : 0;
    } catch (error) {
      if (error instanceof IngestAborted) ctx.err(formatSummary(error.summary).trimEnd());
      throw error;
    } finally {
      await executor.close();
    }
  },
};
