import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { assertNoChunkCycles } from '../chunking.ts';

const chunk = (imports: string[]) => ({ type: 'chunk', imports }) as unknown as Rollup.OutputChunk;

describe('assertNoChunkCycles', () => {
  it('accepts chunks that import each other without a cycle', () => {
    const bundle = { 'a.js': chunk(['b.js', 'c.js']), 'b.js': chunk(['c.js']), 'c.js': chunk([]) };
    expect(() => assertNoChunkCycles(bundle)).not.toThrow();
  });

  it('fails on a cycle and names it', () => {
    const bundle = { 'entry.js': chunk(['shell.js']), 'shell.js': chunk(['group.js']), 'group.js': chunk(['shell.js']) };
    expect(() => assertNoChunkCycles(bundle)).toThrow('chunk cycle: shell.js → group.js → shell.js');
  });
});
