import fs from 'node:fs';
import fc from 'fast-check';
import { sampleFiles } from '../../../server/src/import/import-files';

/** The sample schede (every layout pegaso reads), as bytes. */
export const SEEDS: Buffer[] = sampleFiles().map((f) => fs.readFileSync(f));

const lines = (b: Buffer) => b.toString('utf8').split('\n');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** A seed damaged the way real files get damaged: cut, lines shuffled or dropped, bytes flipped, huge lines, stray binary. */
export const mutatedSeed: fc.Arbitrary<{ name: string; bytes: Buffer }> = fc
  .tuple(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.string({ unit: 'binary', maxLength: 64 }))
  .map(([s, kind, where, seed, junk]) => {
    const src = SEEDS[s];
    const at = Math.floor(where * src.length);
    let r = seed;
    const next = () => (r = (r * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ls = lines(src);
    switch (kind) {
      case 0:
        return { name: `truncated@${at}`, bytes: src.subarray(0, at) };
      case 1:
        return { name: 'shuffled lines', bytes: utf8(ls.map((l) => [next(), l] as const).sort((a, b) => a[0] - b[0]).map((p) => p[1]).join('\n')) };
      case 2:
        return { name: 'dropped lines', bytes: utf8(ls.filter(() => next() > 0.3).join('\n')) };
      case 3: {
        const b = Buffer.from(src);
        for (let i = 0; i < 1 + b.length / 200; i++) b[Math.floor(next() * b.length)] = Math.floor(next() * 256);
        return { name: 'random bytes', bytes: b };
      }
      case 4: {
        const i = Math.floor(where * ls.length);
        ls[i] = `${ls[i]}${(junk || '9.999,99 |').repeat(Math.ceil(200_000 / Math.max(1, junk.length)))}`.slice(0, 300_000);
        return { name: `very long line ${i}`, bytes: utf8(ls.join('\n')) };
      }
      case 5:
        return { name: 'junk inserted', bytes: Buffer.concat([src.subarray(0, at), utf8(junk.repeat(50)), src.subarray(at)]) };
      default:
        return { name: 'lines duplicated', bytes: utf8(ls.flatMap((l) => (next() > 0.7 ? [l, l, l] : [l])).join('\n')) };
    }
  });

/** A well-formed-looking document of about `mb` megabytes: the seeds repeated, each copy slightly altered. */
export function bigDocument(mb: number, seedIndex = 3): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  for (let k = 0; size < mb * 1024 * 1024; k++) {
    const b = utf8(SEEDS[seedIndex].toString('utf8').replace(/2020_A(\d\d)_00/g, (_m, d) => `2020_A${d}_${String(k % 100).padStart(2, '0')}`));
    parts.push(b);
    size += b.length;
  }
  return Buffer.concat(parts);
}
