// A small worker pool: splits texts into batches, keeps every worker busy, returns results in input order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface CheckResult {
  /** One entry a flag: the finding's category (engine) or the message's rule id (alex). */
  categories: string[];
  signals?: { reacts: boolean; interprets: boolean; explores: boolean };
}

export interface WorkerJob {
  id: number;
  texts: string[];
}

const BATCH = 100;

export async function runInWorkers(
  workerPath: string,
  kind: 'engine' | 'alex',
  texts: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<CheckResult[]> {
  if (texts.length === 0) return [];
  const results: CheckResult[] = new Array(texts.length);
  const batches: WorkerJob[] = [];
  for (let i = 0; i < texts.length; i += BATCH) batches.push({ id: i, texts: texts.slice(i, i + BATCH) });
  const size = Math.max(1, Math.min(availableParallelism(), 4, batches.length));
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: size }, () => new Worker(workerPath, { workerData: { kind } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const job = batches[next++];
              if (job) worker.postMessage(job);
              else resolve();
            };
            worker.on('message', ({ id, results: batch }: { id: number; results: CheckResult[] }) => {
              batch.forEach((r, k) => {
                results[id + k] = r;
              });
              done += batch.length;
              onProgress?.(done, texts.length);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`${kind} worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
