import { AnswerShapeError, PROTOCOL_VERSION } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { httpTransport } from './transport.ts';

const answering = (body: unknown, status = 200): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;

const push = { clientId: '0190a6d2-5b3c-7d4e-8f90-123456789abc', protocol: PROTOCOL_VERSION, mutations: [] };

describe('the sync transport reads answers by their shared schemas', () => {
  it('passes a well-formed push answer through', async () => {
    const answer = { results: [{ mid: 1, status: 'applied', version: 2 }], lastMid: 1 };
    expect(await httpTransport(answering(answer)).push(push)).toEqual(answer);
  });

  it('sends the push as JSON, or as the text the push step already wrote, byte for byte', async () => {
    const sent: { body: string; type: string | null }[] = [];
    const recording: typeof fetch = async (_input, init) => {
      sent.push({ body: String(init?.body), type: new Headers(init?.headers).get('content-type') });
      return new Response(JSON.stringify({ results: [], lastMid: 0 }), { headers: { 'content-type': 'application/json' } });
    };
    await httpTransport(recording).push(push);
    const written = `{"clientId":"${push.clientId}","protocol":${PROTOCOL_VERSION},"mutations":[ ]}`;
    await httpTransport(recording).push(push, written);
    expect(sent).toEqual([
      { body: JSON.stringify(push), type: 'application/json' },
      { body: written, type: 'application/json' },
    ]);
  });

  it('keeps every field of a pull page as sent, even one this version does not know', async () => {
    const page = {
      changes: [{ table: 'items', id: '0190a6d2-5b3c-7d4e-8f90-123456789abd', version: 3, deleted: false, record: { title: 'T' }, seq: 9 }],
      conflicts: [],
      cursor: 'c1',
      hasMore: false,
      newerField: { kept: true },
    };
    expect(await httpTransport(answering(page)).pull(null, 100)).toEqual(page);
  });

  it('refuses a push answer of another shape with a clear error instead of misreading it', async () => {
    const error = await httpTransport(answering({ results: 'ok', lastMid: -1 }))
      .push(push)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerShapeError);
    expect((error as AnswerShapeError).message).toContain('Sending changes');
    expect((error as AnswerShapeError).issues.join(' ')).toContain('results');
  });

  it('refuses a pull page without its cursor, so nothing of it is applied', async () => {
    const error = await httpTransport(answering({ changes: [], conflicts: [], hasMore: false }))
      .pull(null, 100)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerShapeError);
  });

  it('reads a blob status, null for an unknown blob, and refuses a status without its counts', async () => {
    const status = { size: 10, received: 4, complete: false };
    expect(await httpTransport(answering(status)).blobStatus('a'.repeat(64))).toEqual(status);
    expect(await httpTransport(answering({ error: { code: 'not-found', message: 'x' } }, 404)).blobStatus('a'.repeat(64))).toBeNull();
    await expect(httpTransport(answering({ size: 10 })).blobStatus('a'.repeat(64))).rejects.toBeInstanceOf(AnswerShapeError);
  });

  it('declares its protocol in a header on the pull only: the push carries it in its body', async () => {
    const seen: Record<string, Headers> = {};
    const recording: typeof fetch = async (input, init) => {
      seen[String(input).includes('/pull') ? 'pull' : 'push'] = new Headers(init?.headers);
      const body = String(input).includes('/pull')
        ? { changes: [], conflicts: [], cursor: 'c', hasMore: false }
        : { results: [], lastMid: 0 };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    const transport = httpTransport(recording);
    await transport.push(push);
    await transport.pull(null, 100);
    expect(seen.pull!.get('x-sync-protocol')).toBe(String(PROTOCOL_VERSION));
    expect(seen.push!.get('x-sync-protocol')).toBeNull();
  });
});
