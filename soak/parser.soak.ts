import fc from 'fast-check';
import { parseBytes } from '../server/src/import/parse';
import { bigDocument, mutatedSeed } from '../test/reliability/support/mutations';

function timed(bytes: Buffer, name: string) {
  const started = process.hrtime.bigint();
  const parsed = parseBytes(bytes, name);
  return { parsed, ms: Number(process.hrtime.bigint() - started) / 1e6, crashed: parsed.document.problems.filter((p) => /errore interno/.test(p.message)).length };
}

it('parsers: 5,000 mutated seeds', () => {
  let slowest = 0;
  let crashed = 0;
  fc.assert(
    fc.property(mutatedSeed, ({ name, bytes }) => {
      const r = timed(bytes, name);
      slowest = Math.max(slowest, r.ms);
      crashed += r.crashed;
    }),
    { numRuns: Number(process.env.SOAK_MUTATIONS ?? 5000) },
  );
  console.log(`SOAK parser-mutations ${JSON.stringify({ runs: Number(process.env.SOAK_MUTATIONS ?? 5000), slowestMs: Math.round(slowest), crashed })}`);
  expect(crashed).toBe(0);
});

it('parsers: a 50 MB document is refused cleanly (over 50,000,000 characters), a 45 MB one is read', () => {
  const refused = timed(bigDocument(50), 'big-50.txt');
  console.log(`SOAK parser-50mb ${JSON.stringify({ ms: Math.round(refused.ms), problems: refused.parsed.document.problems.map((p) => p.code) })}`);
  expect(refused.parsed.document.problems.map((p) => p.code)).toEqual(['TOO_LARGE']);
  expect(refused.ms).toBeLessThan(10_000);
  const bytes = bigDocument(45);
  const heap = process.memoryUsage().heapUsed;
  const rss = process.memoryUsage().rss;
  const r = timed(bytes, 'big-50.txt');
  const mem = process.memoryUsage();
  const report = { mb: +(bytes.length / 1048576).toFixed(1), ms: Math.round(r.ms), msPerMb: Math.round(r.ms / (bytes.length / 1048576)), objectives: r.parsed.document.objectives.length, heapGrowthMb: Math.round((mem.heapUsed - heap) / 1048576), rssGrowthMb: Math.round((mem.rss - rss) / 1048576), crashed: r.crashed };
  console.log(`SOAK parser-45mb ${JSON.stringify(report)}`);
  expect(report.objectives).toBeGreaterThan(0);
  expect(r.crashed).toBe(0);
  expect(report.msPerMb).toBeLessThan(10_000);
  expect(mem.heapUsed - heap).toBeLessThan(bytes.length * 60);
});
