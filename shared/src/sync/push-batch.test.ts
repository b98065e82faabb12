import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MUTATIONS_PER_PUSH } from './push.ts';
import { PUSH_BATCH_BYTES, pushBatchLength, utf8Length } from './push-batch.ts';

// shared compiles without the DOM's or Node's types; the tests run on Node, which has the encoder.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  it('counts what the server receives, in every script the app is written in', () => {
    for (const text of ['plain', 'Élément', 'Обязательство', 'العقبة', '障碍与进展', 'ok 👍🏽 done', '', '进'.repeat(100_000)])
      expect(utf8Length(text)).toBe(bytes(text));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === bytes(text)));
    // What JSON.stringify writes for any string (lone surrogates escaped) too.
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(JSON.stringify(text)) === bytes(JSON.stringify(text))));
  });
});

describe('pushBatchLength', () => {
  it('takes as many small mutations as the protocol allows in one request', () => {
    expect(pushBatchLength(Array.from({ length: 1200 }, () => '{"mid":1}'))).toBe(MAX_MUTATIONS_PER_PUSH);
    expect(pushBatchLength(['a', 'b', 'c'])).toBe(3);
    expect(pushBatchLength([])).toBe(0);
  });

  it('stops at the byte cap, counted in UTF-8, and always takes one', () => {
    const latin = 'x'.repeat(100_000);
    expect(pushBatchLength(Array.from({ length: 20 }, () => latin))).toBe(7);
    // 30,000 Chinese characters are 90,000 bytes: a count of UTF-16 units would take 25 and send 2.2 MB.
    const chinese = '进'.repeat(30_000);
    const taken = pushBatchLength(Array.from({ length: 20 }, () => chinese));
    expect(taken).toBe(8);
    expect(taken * bytes(chinese)).toBeLessThanOrEqual(PUSH_BATCH_BYTES);
    expect(pushBatchLength(['x'.repeat(2 * PUSH_BATCH_BYTES), 'y'])).toBe(1);
  });

  it('cuts where counting every text in UTF-8 one by one would, whatever the scripts and sizes', () => {
    // The plain rule: mutations in order while their bytes (and a comma each) fit, at least one, at most the protocol's count.
    const reference = (texts: string[]) => {
      let count = 0;
      let total = 0;
      for (const text of texts) {
        total += bytes(text) + 1;
        if (count > 0 && total > PUSH_BATCH_BYTES) break;
        if (++count === MAX_MUTATIONS_PER_PUSH) break;
      }
      return count;
    };
    const piece = fc.constantFrom('x', 'é', '进', '👍🏽', 'Обязательство ', '"\\u0000"');
    // Sizes around the cap: texts of one script (its bytes a unit: 1, 2, 3, or 2 for each half of an
    // emoji), 0 to ~600,000 bytes, so lists fit, just fit, or stop early.
    const text = fc.tuple(piece, fc.nat({ max: 40_000 })).map(([part, times]) => part.repeat(times));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (texts) => pushBatchLength(texts) === reference(texts)),
      { numRuns: 400 },
    );
    // Chinese whose UTF-16 units fit the cap twice over but whose bytes do not: 300,000 units, 900,000 bytes.
    expect(pushBatchLength(Array.from({ length: 10 }, () => '进'.repeat(30_000)))).toBe(
      reference(Array.from({ length: 10 }, () => '进'.repeat(30_000))),
    );
    // One byte over the cap (each text's comma counted) and exactly at it.
    const over = ['é'.repeat(200_000), `x${'é'.repeat(193_215)}`];
    expect(over.reduce((n, t) => n + bytes(t) + 1, 0)).toBe(PUSH_BATCH_BYTES + 1);
    expect(pushBatchLength(over)).toBe(1);
    expect(pushBatchLength([over[0]!, 'é'.repeat(193_215)])).toBe(2);
    // Many small ones, up to and past the count.
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 3000 }), { maxLength: 700 }),
        (texts) => pushBatchLength(texts) === reference(texts),
      ),
      { numRuns: 50 },
    );
  });

  it('reads no more of the queue than the request takes', () => {
    let read = 0;
    function* queue() {
      for (;;) {
        read++;
        yield 'x'.repeat(1000);
      }
    }
    expect(pushBatchLength(queue())).toBe(MAX_MUTATIONS_PER_PUSH);
    expect(read).toBe(MAX_MUTATIONS_PER_PUSH);
  });
});
