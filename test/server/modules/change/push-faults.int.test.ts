import { execFileSync } from 'node:child_process';
import { ChangeBatch } from '../../../../server/src/modules/change/change-batch.entity';
import { ChangeRecord } from '../../../../server/src/modules/change/change-record.entity';
import { PUSH, pull, push, useWriteFixture } from '../../../support/write-fixture';

const ctx = useWriteFixture();

/**
 * Breaks the database connection of the first conditional UPDATE of a push: on MariaDB the
 * server thread of that connection is KILLed (synchronously, from outside); on SQLite, which has
 * no connection to kill, the statement fails at the same point.
 */
function breakConnectionAtFirstUpdate(): () => void {
  const logger = ctx.t.db.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let fired = false;
  logger.logQuery = (query, parameters, runner) => {
    if (!fired && /^UPDATE [`"]indicator_value[`"]/.test(query)) {
      fired = true;
      if (ctx.t.dialect === 'mysql') {
        const threadId = (runner as unknown as { databaseConnection: { threadId: number } }).databaseConnection.threadId;
        const url = new URL(process.env.PEGASO_TEST_MARIADB_URL as string);
        execFileSync('mariadb', ['-h', url.hostname, '-P', url.port, '-u', 'root', '-e', `KILL ${threadId}`]);
      } else throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
    }
    return original(query, parameters, runner);
  };
  return () => (logger.logQuery = original);
}

describe(`a push whose database connection dies (${process.env.PEGASO_TEST_DB})`, () => {
  it('writes nothing, keeps the server serving, and applies once when retried', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const changes = s.indicators.filter((i: any) => i.expected.kind === 'NUMBER').map((i: any) => ({ id: i.achieved.id, expectedVersion: i.achieved.version, achieved: '42' }));
    const input = { clientBatchId: 'fault-1', mode: 'ALL_OR_NOTHING', changes };
    const restore = breakConnectionAtFirstUpdate();
    const broken = await ctx.api.gql(PUSH, { input }, ctx.f.editor.token);
    restore();
    expect(broken.errors?.[0].extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(JSON.stringify(broken.errors)).not.toMatch(/UPDATE|SELECT|\/work\//);
    const after = await pull(ctx.api, ctx.f.editor.token);
    expect(after.indicators.map((i: any) => i.achieved.raw)).toEqual(s.indicators.map((i: any) => i.achieved.raw));
    expect(await ctx.t.db.manager.countBy(ChangeBatch, { clientBatchId: 'fault-1' })).toBe(0);

    const retried = await push(ctx.api, ctx.f.editor.token, changes, { clientBatchId: 'fault-1' });
    const again = await push(ctx.api, ctx.f.editor.token, changes, { clientBatchId: 'fault-1' });
    expect(retried).toMatchObject({ status: 'APPLIED', appliedCount: changes.length });
    expect(again).toEqual(retried);
    const final = await pull(ctx.api, ctx.f.editor.token);
    const touched = final.indicators.filter((i: any) => i.expected.kind === 'NUMBER');
    expect(touched.every((i: any) => i.achieved.raw === '42')).toBe(true);
    const batch = await ctx.t.db.manager.findOneByOrFail(ChangeBatch, { clientBatchId: 'fault-1' });
    expect(await ctx.t.db.manager.countBy(ChangeRecord, { batchId: batch.id })).toBe(changes.length);
  });
});
