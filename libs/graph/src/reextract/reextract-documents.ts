import type { Gazetteer } from '../gazetteer-load/gazetteer';
import { applyCorrections, correctionsInForce } from '../corrections/apply-corrections';
import { readCorrectionLog } from '../corrections/correction-log';
import { writeDocument } from '../ingest/document-writer';
import { rowsOfStored, type ExtractStored, type ReadWriteRunner } from './rewrite';
import { factChanges, factsOfRows, storedDocuments, storedFacts } from './stored-documents';

// Documents read again from their stored text, with the corrections in force: those an older
// extractor read (or all of them), written again, or only compared (a dry run).

export interface ReextractOptions {
  /** every document, not only those another extractor version read */
  all?: boolean;
  /** compare only: list the facts that would be added and removed, write nothing */
  dryRun?: boolean;
  /** only these documents */
  ids?: string[];
}

export interface DocumentChanges {
  id: string;
  sourceKey: string;
  /** '+ kind fact' and '- kind fact' lines (a dry run); empty when writing */
  changes: string[];
}

export interface ReextractResult {
  /** documents read again (or compared) */
  considered: number;
  /** documents written again, or, in a dry run, those whose facts would change */
  changed: DocumentChanges[];
}

export async function reextractDocuments(runner: ReadWriteRunner, gazetteer: Gazetteer, extract: ExtractStored, version: string, options: ReextractOptions = {}): Promise<ReextractResult> {
  const docs = await runner.executeRead((tx) => storedDocuments(tx, options.ids?.length ? options.ids : null));
  const targets = options.all ? docs : docs.filter((d) => d.extractor !== version);
  const changed: DocumentChanges[] = [];
  for (const doc of targets) {
    const rows = rowsOfStored(doc, gazetteer, extract);
    if (options.dryRun) {
      const changes = await runner.executeRead(async (tx) => {
        const corrected = applyCorrections(rows, correctionsInForce(await readCorrectionLog(tx)));
        return factChanges(await storedFacts(tx, doc.id), factsOfRows(corrected));
      });
      if (changes.length) changed.push({ id: doc.id, sourceKey: doc.sourceKey, changes });
    } else {
      await writeDocument(runner, rows, { rewrite: true });
      changed.push({ id: doc.id, sourceKey: doc.sourceKey, changes: [] });
    }
  }
  return { considered: targets.length, changed };
}
