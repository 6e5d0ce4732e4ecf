import fc from 'fast-check';
import { parseBytes } from '../../server/src/import/parse';
import { bigDocument, mutatedSeed, SEEDS } from './support/mutations';

/** Parses and measures; the "errore interno" problem means a parser threw and parseText caught it. */
function timedParse(bytes: Buffer, name: string) {
  const started = process.hrtime.bigint();
  const parsed = parseBytes(bytes, name);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const crashed = parsed.document.problems.filter((p) => /errore interno/.test(p.message));
  return { parsed, ms, crashed };
}

describe('schede parsers under hostile input', () => {
  it('read every seed mutated 300 ways without a throw, a crash or more than 10 s per MB', () => {
    let worst = 0;
    fc.assert(
      fc.property(mutatedSeed, ({ name, bytes }) => {
        const { parsed, ms, crashed } = timedParse(bytes, name);
        worst = Math.max(worst, ms);
        expect(crashed).toEqual([]);
        expect(Array.isArray(parsed.document.objectives)).toBe(true);
        expect(ms).toBeLessThan(Math.max(1000, (bytes.length / 1048576) * 10_000));
      }),
      { numRuns: 300 },
    );
    console.log(`[parser-fuzz] 300 mutated seeds, slowest ${worst.toFixed(0)} ms`);
  });

  it('reads a 5 MB document in under 50 s with bounded heap growth', () => {
    const bytes = bigDocument(5);
    const heapBefore = process.memoryUsage().heapUsed;
    const { parsed, ms, crashed } = timedParse(bytes, 'big.txt');
    const grown = process.memoryUsage().heapUsed - heapBefore;
    console.log(`[parser-fuzz] ${(bytes.length / 1048576).toFixed(1)} MB in ${ms.toFixed(0)} ms, ${parsed.document.objectives.length} objectives, heap +${(grown / 1048576).toFixed(0)} MB`);
    expect(crashed).toEqual([]);
    expect(parsed.document.objectives.length).toBeGreaterThan(SEEDS.length);
    expect(ms).toBeLessThan(50_000);
    expect(grown).toBeLessThan(bytes.length * 60);
  });
});
