// The ingest's extraction worker, except that its thread dies (process.exit inside a worker thread
// ends that thread) when it is handed a file of a folder named CRASH_FOLDER.
import { join } from 'node:path';
import { CLI_INGEST, type PrepareRequest } from './cli-ingest';

export const CRASH_FOLDER = 'exit-the-worker';

const real = require(join(CLI_INGEST, 'extract-worker')) as { default: (request: PrepareRequest) => Promise<unknown> };

export default function crashingPrepare(request: PrepareRequest) {
  if (request.sourceKey.split('/').includes(CRASH_FOLDER)) process.exit(70);
  return real.default(request);
}
