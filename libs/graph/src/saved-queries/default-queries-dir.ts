import { repoRoot } from '@policy-graph/model';
import { join } from 'node:path';

// graph/queries of this repository, for callers that do not configure another folder.
export const DEFAULT_SAVED_QUERIES_DIR = join(repoRoot(__dirname), 'graph', 'queries');
