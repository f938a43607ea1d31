import { parentPort } from 'node:worker_threads';
import { loadGazetteer } from '@policy-graph/graph';
import { extract } from './extractor';
import { PrepareRequest, prepareDocument } from './prepare-document';

// Runs on a worker thread: extraction and row building for the documents the main thread sends.
const gazetteer = loadGazetteer();

parentPort?.on('message', async (msg: { seq: number; request: PrepareRequest }) => {
  const item = await prepareDocument(msg.request, extract, gazetteer);
  parentPort?.postMessage({ seq: msg.seq, item });
});
