import { Worker } from 'node:worker_threads';

/**
 * Starts a TypeScript module in a worker thread. Node 20 does not apply tsx's loader (given by
 * `--import tsx` or inherited from the main thread) to a worker's entry module, so the worker first
 * registers tsx itself, then imports the module.
 */
export function tsWorker(module: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const start = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(start, { eval: true, workerData });
}

/** The first message of a worker started with `tsWorker`, then the worker is ended. */
export function firstMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (message: T) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code} before answering`)));
  });
}
