import type { DestinationStream, Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

// Wherever these keys appear in a logged object their values are replaced: bearer tokens, cookies,
// passwords (the Neo4j one among them) never reach a log line.
export const REDACTED_PATHS = [
  'authorization',
  'password',
  'token',
  'cookie',
  '*.authorization',
  '*.password',
  '*.token',
  '*.cookie',
  '*.*.authorization',
  '*.*.password',
  '*.*.token',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

export interface LoggerOptions {
  level: LogLevel;
  /** `kg` for commands, `policy-graph-api` for the server */
  name: string;
  /** Write each line before going on (short-lived commands); the server writes asynchronously. */
  sync?: boolean;
  /** Where the lines go instead of stderr. */
  destination?: DestinationStream;
}

/** The one JSON log format of the CLI and the API: one object a line on stderr. */
export function createLogger(options: LoggerOptions): Logger {
  // loaded here, not with the configuration: most commands never log, and start faster without it
  const pino = require('pino') as typeof import('pino');
  return pino.pino(
    {
      name: options.name,
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 2, sync: options.sync ?? true }),
  );
}
