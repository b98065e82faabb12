import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission, type Device } from '../../test/sync-helpers.ts';

/**
 * The worst merges reported against the server (1,500 identical lines edited by three devices, 800
 * paragraphs separated by blank lines, two complete rewrites of a long text) while the event loop's
 * delay is measured. Each merge is bounded by a work budget (shared/src/sync/text-merge.ts), so the
 * delay stays in the tens of milliseconds; the assertion leaves a wide margin for a loaded machine while
 * still catching the unbounded merge, which held the loop for seconds. The figure is printed.
 */
let t: TestContext;
const devices: Device[] = [];
const histogram = monitorEventLoopDelay({ resolution: 5 });
const delays: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  for (let i = 0; i < 3; i++) devices.push(await device(t, 'ben@example.org'));
});
afterAll(() => console.info('event-loop delay during merges (max, ms):', JSON.stringify(delays)));

/** Runs the pushes while measuring the longest the event loop was held, in ms. */
async function measured<T>(label: string, task: () => Promise<T>): Promise<T> {
  histogram.reset();
  histogram.enable();
  try {
    return await task();
  } finally {
    // A blocked loop is recorded when the monitor's timer finally runs: give it that turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    histogram.disable();
    delays[label] = Math.round(histogram.max / 1e6);
  }
}

/**
 * One element pushed by the first device; the devices then each push an edit from that same base (the
 * first applies; the event loop is measured while the others merge).
 */
async function threeDeviceEdits(label: string, description: string, edits: ((text: string) => string)[]) {
  const [first] = devices;
  const s = newSubmission('BEN');
  const item = newItem(s.id, 'obstacle', { description });
  await first!.push([s, item]);
  const edit = (d: Device, f: (text: string) => string) =>
    d.push([{ table: 'items', id: item.id, op: 'upsert', baseVersion: 1, fields: { description: f(description) } }]);
  const answers = [(await edit(first!, edits[0]!)).results[0]];
  await measured(label, async () => {
    for (const [i, f] of edits.slice(1).entries()) answers.push((await edit(devices[i + 1]!, f)).results[0]);
  });
  const pulled = await first!.pullAll();
  return { answers, record: pulled.changes.find((c) => c.id === item.id)!.record, conflicts: pulled.conflicts };
}

const replaceLine = (at: number, line: string) => (text: string) =>
  text
    .split('\n')
    .map((l, i) => (i === at ? line : l))
    .join('\n');

describe('merging long texts on the server', () => {
  it('merges three devices’ edits of 1,500 identical lines without holding the event loop', async () => {
    const text = 'The same sentence, again.\n'.repeat(1500);
    const { answers, record } = await threeDeviceEdits('1500 identical lines', text, [
      replaceLine(10, 'first device'),
      replaceLine(700, 'second device'),
      replaceLine(1400, 'third device'),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['applied', 'merged', 'merged']);
    expect(record.description.split('\n').filter((l: string) => l.endsWith('device'))).toEqual([
      'first device',
      'second device',
      'third device',
    ]);
    expect(delays['1500 identical lines']).toBeLessThan(1000);
  });

  it('merges edits of a text of 800 paragraphs separated by blank lines', async () => {
    const text = Array.from({ length: 800 }, (_, i) => `Paragraph ${i}. ${'Some words of the narrative. '.repeat(4)}\n\n`).join('');
    const { answers } = await threeDeviceEdits('800 paragraphs', text, [
      (x) => x.replace('Paragraph 5.', 'Paragraph five.'),
      (x) => x.replace('Paragraph 400.', 'Paragraph four hundred.'),
      (x) => x.replace('Paragraph 799.', 'Paragraph seven hundred and ninety-nine.'),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['applied', 'merged', 'merged']);
    expect(delays['800 paragraphs']).toBeLessThan(1000);
  });

  it('turns a merge past the budget into a conflict a person sees, never a silent drop', async () => {
    const lines = (prefix: string) => Array.from({ length: 6000 }, (_, i) => `${prefix} ${i}\n`).join('');
    const { answers, record, conflicts } = await threeDeviceEdits('two rewrites of 6,000 lines', lines('original'), [
      () => lines('rewritten by one'),
      () => lines('rewritten by another'),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['applied', 'conflict']);
    expect(record.description).toBe(lines('rewritten by one'));
    const conflict = conflicts.find((c: { id: string }) => c.id === answers[1]!.conflictId);
    expect(conflict).toMatchObject({ field: 'description', client: lines('rewritten by another') });
    expect(delays['two rewrites of 6,000 lines']).toBeLessThan(1000);
  });
});
