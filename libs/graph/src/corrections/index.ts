export { applyCorrections, correctionsInForce, decisionsInForce } from './apply-corrections';
export { decisionsOf, pairKey, reviewedDocuments } from './reviewed-documents';
export type { Decisions, ReviewedDocument } from './reviewed-documents';
export { correctionLog, importCorrections, parseCorrectionInput, readCorrectionLog, recordCorrection, targetOf } from './correction-log';
export type { CorrectionTransactions } from './correction-log';
export { documentsTouchedBy } from './touched-documents';
export { orphanedCorrections } from './orphaned-corrections';
export { outcomeIdOf, projectNameOf } from './correction-target';
