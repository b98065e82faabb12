/**
 * A bad network between one device and the server: a push may be lost before it arrives, arrive but
 * lose its answer, arrive twice, or be held back and delivered after later pushes (`late` then
 * `deliverLate()`). The device sees a NetworkError in every lossy case, as it would in the field.
 */
import type { PushRequest } from '@clearinghouse/shared';
import { NetworkError } from '$lib/api/errors.ts';
import type { Transport } from '$lib/sync/transport.ts';

export type PushFault = 'none' | 'lose-request' | 'lose-answer' | 'duplicate' | 'late';

export interface FaultyTransport extends Transport {
  fault: PushFault;
  deliverLate(): Promise<void>;
  /** Runs once, just before the next pull request: a person editing while the cycle is between its push and its pull. */
  beforeNextPull: (() => Promise<void>) | null;
}

export function faultyTransport(inner: Transport): FaultyTransport {
  const held: PushRequest[] = [];
  const faulty: FaultyTransport = {
    ...inner,
    fault: 'none',
    beforeNextPull: null,
    async pull(...args) {
      const hook = faulty.beforeNextPull;
      faulty.beforeNextPull = null;
      await hook?.();
      return inner.pull(...args);
    },
    async push(body) {
      const fault = faulty.fault;
      faulty.fault = 'none'; // one fault per cycle: the retry of the same cycle's next step goes through
      switch (fault) {
        case 'lose-request':
          throw new NetworkError('push lost on the way');
        case 'lose-answer':
          await inner.push(body);
          throw new NetworkError('push answer lost');
        case 'duplicate':
          await inner.push(body);
          return inner.push(body);
        case 'late':
          held.push(structuredClone(body));
          throw new NetworkError('push delayed in the network');
        default:
          return inner.push(body);
      }
    },
    async deliverLate() {
      for (const body of held.splice(0)) await inner.push(body).catch(() => undefined);
    },
  };
  return faulty;
}
