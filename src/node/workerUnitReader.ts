/**
 * A `UnitReader` (see src/core/pipeline/unitReader.ts) that reads parse units on worker threads:
 * the units of a large account are cut into batches of about `batchChars` characters, each
 * worker takes the next batch when it is done with one, and the findings are put back in
 * unit order, so the annotation set is the same as when read in one thread. Small accounts
 * are read in the calling thread (sending them costs more than reading them).
 *
 * Node only (worker_threads): the desktop extension and the command line use it; the web
 * extension reads in its own thread. Workers start on first use and stop after `idleMs`
 * without work.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { attachFindings, createUnitBatchReader, type DetachedUnitFindings, type PlannedUnit, type UnitReader } from '../core/index';
import type { BatchReply, BatchRequest } from './unitWorkerProtocol';

/** Options of `createWorkerUnitReader`. */
export interface WorkerUnitReaderOptions {
  /** Path of the bundled worker script (dist/unitWorker.js). */
  readonly workerFile: string;
  /** Worker threads; default the machine's available parallelism, at most 4. */
  readonly threads?: number;
  /** Accounts shorter than this (characters) are read in the calling thread; default 150,000. */
  readonly minChars?: number;
  /** Characters per batch sent to a worker; default 50,000. */
  readonly batchChars?: number;
  /** Workers without work for this long are stopped (started again on demand); default 60 s. */
  readonly idleMs?: number;
  /** Receives one line when workers start, and one when they cannot be used. */
  readonly logger?: (message: string) => void;
}

/** A unit reader that owns threads: dispose it when done. */
export interface WorkerUnitReader extends UnitReader {
  /** Stops the workers; later reads start them again. */
  dispose(): Promise<void>;
}

/** Creates a unit reader backed by worker threads running `options.workerFile`. */
export function createWorkerUnitReader(options: WorkerUnitReaderOptions): WorkerUnitReader {
  const threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const minChars = options.minChars ?? 150_000;
  const batchChars = options.batchChars ?? 50_000;
  const idleMs = options.idleMs ?? 60_000;
  let workers: UnitWorker[] = [];
  let active = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let localReader: ((units: readonly PlannedUnit[]) => DetachedUnitFindings[]) | undefined;

  const stopWorkers = async (): Promise<void> => {
    const stopping = workers;
    workers = [];
    await Promise.all(stopping.map((w) => w.terminate()));
  };

  const readHere = (units: readonly PlannedUnit[]) => attachFindings(units, 0, (localReader ??= createUnitBatchReader())(units));

  return {
    async read(units, token) {
      if (charsOf(units) < minChars) return readHere(units);
      if (idleTimer) clearTimeout(idleTimer);
      active++;
      try {
        if (workers.length < threads) {
          while (workers.length < threads) workers.push(new UnitWorker(options.workerFile));
          options.logger?.(`started ${threads} worker thread${threads === 1 ? '' : 's'} to read parse units`);
        }
        const batches = cutBatches(units, batchChars);
        const results: DetachedUnitFindings[][] = new Array(batches.length);
        let next = 0;
        const pool = workers;
        // Two batches in flight per worker: it starts the next one while this thread takes in the last.
        const lane = async (worker: UnitWorker) => {
          while (next < batches.length && !token.isCancellationRequested) {
            const b = next++;
            results[b] = await worker.read(units.slice(batches[b]!.from, batches[b]!.to));
          }
        };
        await Promise.all(pool.flatMap((worker) => [lane(worker), lane(worker)]));
        if (token.isCancellationRequested) return undefined;
        const out = [];
        for (let b = 0; b < batches.length; b++) for (const u of attachFindings(units, batches[b]!.from, results[b]!)) out.push(u);
        return out;
      } catch (error) {
        options.logger?.(`worker threads failed, reading in this thread: ${(error as Error)?.message ?? String(error)}`);
        await stopWorkers();
        throw error;
      } finally {
        if (--active === 0) {
          idleTimer = setTimeout(() => void stopWorkers(), idleMs);
          idleTimer.unref?.();
        }
      }
    },
    async dispose() {
      if (idleTimer) clearTimeout(idleTimer);
      await stopWorkers();
    },
  };
}

/** Old-generation heap limit of a worker, MB: a batch of 50,000 characters needs a few MB. */
const WORKER_HEAP_MB = 64;

/** One worker thread and the batches sent to it, answered in order. */
class UnitWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (f: DetachedUnitFindings[]) => void; reject: (e: Error) => void }>();
  #nextId = 0;

  constructor(file: string) {
    // A worker holds one batch's trees at a time: a small heap keeps the process's memory
    // down on a 10 MB account (it collects garbage sooner instead of growing).
    this.#worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.#worker.on('message', (reply: BatchReply) => {
      const waiting = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(`a unit worker failed: ${reply.error}`));
      else waiting?.resolve(reply.findings as DetachedUnitFindings[]);
    });
    this.#worker.on('error', (error) => this.#failAll(error));
    this.#worker.on('exit', (code) => this.#failAll(new Error(`a unit worker stopped (exit code ${code})`)));
  }

  /** The findings of `units`, read on this worker. */
  read(units: readonly PlannedUnit[]): Promise<DetachedUnitFindings[]> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: BatchRequest = { id, units };
      this.#worker.postMessage(request);
    });
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }

  #failAll(error: Error): void {
    for (const waiting of this.#pending.values()) waiting.reject(error);
    this.#pending.clear();
  }
}

function charsOf(units: readonly PlannedUnit[]): number {
  let n = 0;
  for (const u of units) n += u.text.length;
  return n;
}

/** Contiguous runs of units of about `size` characters each. */
function cutBatches(units: readonly PlannedUnit[], size: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  let chars = 0;
  for (let i = 0; i < units.length; i++) {
    chars += units[i]!.text.length;
    if (chars >= size) {
      out.push({ from, to: i + 1 });
      from = i + 1;
      chars = 0;
    }
  }
  if (from < units.length) out.push({ from, to: units.length });
  return out;
}
