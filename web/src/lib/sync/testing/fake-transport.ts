/** A scripted server for unit tests of one step: answers pushes with `answer`, records what it saw. */
import type { MutationResult, PushRequest } from '@clearinghouse/shared';
import type { Transport } from '../transport.ts';

export function fakeTransport(answer: (body: PushRequest) => MutationResult[] | Promise<MutationResult[]>) {
  const pushes: PushRequest[] = [];
  const transport: Transport = {
    async push(body, bodyText) {
      // What the real transport would send instead of writing the body: it must be exactly that body.
      if (bodyText !== undefined && bodyText !== JSON.stringify(body))
        throw new Error(`The push's text is not its body as JSON: ${bodyText}`);
      pushes.push(structuredClone(body));
      const results = await answer(body);
      return { results, lastMid: Math.max(0, ...body.mutations.map((m) => m.mid)) };
    },
    pull: async () => ({ changes: [], conflicts: [], cursor: 'c', hasMore: false }),
    transmit: async () => {
      throw new Error('not scripted');
    },
    blobStatus: async () => null,
    putBlob: async () => ({ received: 0, complete: true }),
    getBlob: async () => new Blob([]),
  };
  return { transport, pushes };
}
