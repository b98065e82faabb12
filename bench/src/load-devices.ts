/**
 * The devices of the load bench (load.ts): each a client speaking the sync protocol to the server at
 * `url` over loopback, with its own clientId and mids. They run in a worker thread by default
 * (load-worker.ts), so the server's event loop is not shared with them; `runDevices` is also called
 * in the server's thread when BENCH_LOAD_CLIENTS=inline.
 *
 * Two ways to drive them:
 * - `paced`: as the web app syncs while a person edits without a pause. A local change schedules a sync
 *   2 s later (CHANGE_DELAY_MS in web/src/lib/sync/engine/sync-manager.svelte.ts; later changes do not
 *   postpone it), a change made during a sync schedules the next one 2 s after it, and a sync that is
 *   due while one runs starts right after it. A person typing saves every few hundred milliseconds, so
 *   a device starts a sync (push, then pull until up to date) 2 s after its previous sync started, or
 *   as soon as that one ends when it took longer. The 15 s poll never comes into play (a change is
 *   always sooner). Devices start at random moments of the first 2 s, as people do not start together.
 * - `saturated`: a closed loop with no pause at all (push, pull, push, …), as the bench did before:
 *   100 clients keep the server busy whatever it costs, so its latency is queueing by construction.
 *
 * The worst merges (three devices editing one long text from the same base) and the health check run
 * meanwhile in both; paced, one merge round every 2 s at most.
 */
import { uuidv7, type Mutation } from '@clearinghouse/shared';

export type Kind = 'push' | 'pull' | 'merge push' | 'health';
export const KINDS: Kind[] = ['push', 'pull', 'merge push', 'health'];

export interface DevicesOptions {
  url: string;
  cookie: string;
  devices: number;
  seconds: number;
  paced: boolean;
}

export interface DevicesResult {
  samples: Record<Kind, number[]>;
  errors: Record<Kind, number>;
  firstError: string | null;
  /** Changes received by pull (with the answers' JSON length), to say what a pull carried. */
  pulledChanges: number[];
  pulledJsonBytes: number[];
}

/** The app's quiet time between a local change and its sync. */
const CHANGE_DELAY_MS = 2_000;

const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));

export async function runDevices(o: DevicesOptions): Promise<DevicesResult> {
  const samples: Record<Kind, number[]> = { push: [], pull: [], 'merge push': [], health: [] };
  const errors: Record<Kind, number> = { push: 0, pull: 0, 'merge push': 0, health: 0 };
  const pulledChanges: number[] = [];
  const pulledJsonBytes: number[] = [];
  let firstError: string | null = null;

  async function timed<T>(kind: Kind, work: () => Promise<T>): Promise<T | undefined> {
    const t0 = performance.now();
    try {
      const result = await work();
      samples[kind].push(performance.now() - t0);
      return result;
    } catch (error) {
      errors[kind]++;
      // fetch's own message ("fetch failed") says nothing: the cause names the socket error.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      firstError ??= `${kind}: ${String(error)}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}`;
      return undefined;
    }
  }

  /** A device's push: its own clientId, mids counted from 1, as the app sends them. */
  const client = () => {
    const clientId = uuidv7();
    let mid = 0;
    return async (mutations: Omit<Mutation, 'mid'>[]) => {
      const res = await fetch(`${o.url}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: o.url, cookie: o.cookie, 'accept-encoding': 'gzip' },
        body: JSON.stringify({ clientId, protocol: 1, mutations: mutations.map((m) => ({ ...m, mid: ++mid })) }),
      });
      if (res.status !== 200) throw new Error(`push ${res.status} ${await res.text()}`);
      return (await res.json()) as { results: { status: string; version?: number }[] };
    };
  };

  const deadline = performance.now() + o.seconds * 1000;
  const running = () => performance.now() < deadline;
  /** Paced: when the next sync of a device whose last one started at `started` may start. */
  const nextStart = (started: number) => (o.paced ? Math.max(started + CHANGE_DELAY_MS, performance.now()) : 0);

  /** One device: its own submission and element, then edit, push and pull, over and over. */
  async function device(n: number) {
    const push = client();
    const submission = uuidv7();
    const item = uuidv7();
    await push([
      { table: 'submissions', id: submission, op: 'upsert', baseVersion: null, fields: { entityId: 'BEN', title: `Device ${n}` } },
      {
        table: 'items',
        id: item,
        op: 'upsert',
        baseVersion: null,
        fields: { submissionId: submission, category: 'obstacle', title: 'An obstacle', position: 'a0' },
      },
    ]);
    let version = 1;
    let round = 0;
    let cursor = '';
    // A device pulls what changed since its own cursor, page by page, as the app does.
    const pull = async () => {
      for (;;) {
        const res = await fetch(`${o.url}/api/sync/pull?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
          headers: { cookie: o.cookie, 'accept-encoding': 'gzip' },
        });
        if (res.status !== 200) throw new Error(`pull ${res.status}`);
        const text = await res.text();
        const page = JSON.parse(text) as { changes: unknown[]; cursor: string; hasMore: boolean };
        pulledChanges.push(page.changes.length);
        pulledJsonBytes.push(Buffer.byteLength(text));
        cursor = page.cursor;
        if (!page.hasMore) return;
      }
    };
    let due = performance.now() + (o.paced ? Math.random() * CHANGE_DELAY_MS : 0);
    while (running()) {
      await sleepUntil(due);
      if (!running()) break;
      const started = performance.now();
      const answer = await timed('push', () =>
        push([{ table: 'items', id: item, op: 'upsert', baseVersion: version, fields: { description: `Round ${++round}` } }]),
      );
      version = answer?.results[0]?.version ?? version;
      await timed('pull', pull);
      due = nextStart(started);
    }
  }

  /** Three devices editing one long text from the same base, over and over: the merges that froze the server. */
  async function worstMerges() {
    const [a, b, c] = [client(), client(), client()];
    const submission = uuidv7();
    await a([{ table: 'submissions', id: submission, op: 'upsert', baseVersion: null, fields: { entityId: 'BEN', title: 'Merges' } }]);
    const texts = [
      'The same sentence, again.\n'.repeat(1500),
      Array.from({ length: 800 }, (_, i) => `Paragraph ${i}. ${'Some words of the narrative. '.repeat(4)}\n\n`).join(''),
    ];
    let due = performance.now();
    for (let round = 0; running(); round++) {
      await sleepUntil(due);
      if (!running()) break;
      const started = performance.now();
      const text = texts[round % texts.length]!;
      const lines = text.split('\n');
      const edit = (at: number, by: string) => lines.map((l, i) => (i === at ? by : l)).join('\n');
      const id = uuidv7();
      await a([
        {
          table: 'items',
          id,
          op: 'upsert',
          baseVersion: null,
          fields: { submissionId: submission, category: 'obstacle', title: 'Long', position: 'a0', description: text },
        },
      ]);
      const mergePush = (push: typeof a, description: string) =>
        push([{ table: 'items', id, op: 'upsert', baseVersion: 1, fields: { description } }]);
      await timed('merge push', () => mergePush(a, edit(10, 'first device')));
      await timed('merge push', () => mergePush(b, edit(Math.floor(lines.length / 2), 'second device')));
      await timed('merge push', () => mergePush(c, edit(lines.length - 10, 'third device')));
      due = nextStart(started);
    }
  }

  async function health() {
    while (running()) {
      await timed('health', async () => {
        const res = await fetch(`${o.url}/api/health`);
        if (res.status !== 200) throw new Error(String(res.status));
        await res.arrayBuffer();
      });
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  await Promise.all([...Array.from({ length: o.devices }, (_, i) => device(i)), worstMerges(), health()]);
  return { samples, errors, firstError, pulledChanges, pulledJsonBytes };
}
