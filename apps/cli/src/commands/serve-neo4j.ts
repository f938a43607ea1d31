// the launcher's own entry: the primary of `kg serve` supervises Neo4j without loading the driver
import { DEFAULT_BOLT_PORT, localNeo4jStatus, superviseLocalNeo4j, type Supervisor } from '@policy-graph/graph/local-neo4j';
import { CommandContext } from '../command';
import { isLocalUri, localNeo4jOptions } from './neo4j-options';

// When NEO4J_URI names the local Neo4j of NEO4J_HOME and it runs as `kg serve` starts, `kg serve` keeps
// it running: killed or out of memory, it is started again (a line in the log each time, at most 3 in 10 min).
export async function superviseLocalNeo4jOf(ctx: CommandContext): Promise<Supervisor | null> {
  const uri = ctx.config().neo4j.uri;
  if (!isLocalUri(uri)) return null;
  const options = { ...localNeo4jOptions({}, ctx), log: (line: string) => ctx.err(`kg serve: ${line}`) };
  const status = await localNeo4jStatus(options);
  if (status.state !== 'running' || Number(new URL(status.uri).port) !== (options.port ?? DEFAULT_BOLT_PORT)) return null;
  return superviseLocalNeo4j(options);
}
