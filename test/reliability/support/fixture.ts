import { Role } from '../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../support/auth';
import { TestApp } from '../../support/test-app';
import { TestDatabase } from '../../support/test-db';
import { pull, writeFixture } from '../../support/write-fixture';

/** Seed 003 with `clients` editors of the CdR of 2020_A02_00 and the ids of its numeric valori raggiunti. */
export async function contendedFixture(t: TestDatabase, api: TestApp, clients: number) {
  const f = await writeFixture(t);
  const centerId = f.a02.responsibilityCenterId as number;
  const tokens = [f.editor.token];
  while (tokens.length < clients) tokens.push((await createTestUser(t.db, Role.EDITOR, [centerId])).token);
  const scheda = await pull(api, f.editor.token);
  const valueIds: string[] = scheda.indicators.filter((i: any) => i.expected.kind === 'NUMBER' && i.achieved).map((i: any) => i.achieved.id);
  return { f, tokens, valueIds };
}
