import fs from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../../../server/src/graphql/schema';

describe('schema.graphql', () => {
  it('is the schema the code emits (run `npm run schema` after changing types)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8');
    expect(await printSortedSchema()).toBe(committed);
  });
});
