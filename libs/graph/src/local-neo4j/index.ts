export { boltAnswers } from './bolt-probe';
export { DEFAULT_BOLT_PORT, DEFAULT_PASSWORD, type LocalNeo4jOptions } from './options';
export { findFreePort, isPortFree } from './port-check';
export { startLocalNeo4j, type StartResult } from './start';
export { localNeo4jStatus, type LocalNeo4jStatus } from './status';
export { stopLocalNeo4j, type StopResult } from './stop';
export { superviseLocalNeo4j, type SuperviseOptions, type Supervisor } from './supervise';
