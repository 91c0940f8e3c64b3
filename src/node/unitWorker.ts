/**
 * Worker thread entry (bundled as dist/unitWorker.js): reads the batches of parse units the
 * main thread sends and posts their findings back. See ./workerUnitReader.ts.
 */
import { parentPort } from 'node:worker_threads';
import { createUnitBatchReader } from '../core/index';
import type { BatchReply, BatchRequest } from './unitWorkerProtocol';

const port = parentPort;
if (!port) throw new Error('unitWorker.js runs as a worker thread of the Transcript Annotator extension or command line; it does nothing on its own.');
const readBatch = createUnitBatchReader();
port.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id: request.id, findings: readBatch(request.units) };
  } catch (error) {
    reply = { id: request.id, error: (error as Error)?.stack ?? String(error) };
  }
  port.postMessage(reply);
});
