import { Command } from '../command';
import { benchIngestCommand } from './bench-ingest.command';
import { benchCommand } from './bench.command';
import { checksumCommand } from './checksum.command';
import { correctionsCommand } from './corrections.command';
import { deleteCommand } from './delete.command';
import { evalCommand } from './eval.command';
import { exportCommand } from './export.command';
import { extractCommand } from './extract.command';
import { helpCommand } from './help.command';
import { ingestCommand } from './ingest.command';
import { migrateCommand } from './migrate.command';
import { neo4jCommand } from './neo4j.command';
import { reextractCommand } from './reextract.command';
import { serveCommand } from './serve.command';

// The commands of bin/kg, in the order `kg help` lists them. Add yours here (see ../command.ts).
export const commands: Command[] = [
  neo4jCommand,
  extractCommand,
  evalCommand,
  benchCommand,
  migrateCommand,
  ingestCommand,
  reextractCommand,
  deleteCommand,
  checksumCommand,
  correctionsCommand,
  serveCommand,
  exportCommand,
  benchIngestCommand,
  helpCommand(() => commands),
];
