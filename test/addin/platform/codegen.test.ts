import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CONFIG = path.join(__dirname, '../../../addin/codegen.js');
// graphql-codegen loads ES modules that jest's module system refuses: generate in a plain node process.
const GENERATE = `
const { generate } = require('@graphql-codegen/cli');
const config = require(${JSON.stringify(CONFIG)});
generate({ ...config, silent: true }, false).then(([out]) => process.stdout.write(out.content), (e) => { console.error(e.message); process.exit(1); });
`;

test('the committed operation types match schema.graphql and addin/src/api/operations (run npm run codegen)', () => {
  const fresh = execFileSync(process.execPath, ['-e', GENERATE], { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const output = (require(CONFIG) as { OUTPUT: string }).OUTPUT;
  if (fs.readFileSync(output, 'utf8') !== fresh) throw new Error(`${path.relative(process.cwd(), output)} is stale: run npm run codegen and commit it`);
});

test('each operation carries its text with the fragments it spreads', async () => {
  const { PullSchedaDocument } = await import('../../../addin/src/api/generated/operations');
  expect(PullSchedaDocument).toMatchObject({ operationName: 'PullScheda', kind: 'query' });
  for (const fragment of ['PulledScheda', 'PulledValue']) {
    expect(PullSchedaDocument.document).toContain(`fragment ${fragment} on`);
  }
});
