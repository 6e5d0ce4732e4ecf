import { execFileSync } from 'node:child_process';
import { ChangeBatch } from '../../../../server/src/modules/change/change-batch.entity';
import { ChangeRecord } from '../../../../server/src/modules/change/change-record.entity';
import { fromGlobalId } from '../../../../server/src/common/global-id';
import { pull, push, useWriteFixture } from '../../../support/write-fixture';

const ctx = useWriteFixture();

const recordsOf = async (clientBatchId: string) => {
  const batch = await ctx.t.db.manager.findOneByOrFail(ChangeBatch, { clientBatchId });
  return ctx.t.db.manager.find(ChangeRecord, { where: { batchId: batch.id }, order: { id: 'ASC' } });
};

describe(`pushChanges of every kind of row (${process.env.PEGASO_TEST_DB})`, () => {
  it('writes only the fields each row names, and records old → new per field in row-id order', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const [p0, p1] = s.phases;
    const [i0, i1] = s.indicators;
    const changes = [
      { ref: 'P0', id: p0.id, expectedVersion: p0.version, progress: '40,5' },
      { ref: 'P1', id: p1.id, expectedVersion: p1.version, actualStart: '02/03/2020', note: 'Avviata in ritardo' },
      { ref: 'I1', id: i1.id, expectedVersion: i1.version, note: 'Nota indicatore' },
      { ref: 'V0', id: i0.achieved.id, expectedVersion: i0.achieved.version, achieved: '12,25' },
    ];
    const r = await push(ctx.api, ctx.f.editor.token, changes, { clientBatchId: 'mixed-rows' });
    expect(r).toMatchObject({ status: 'APPLIED', appliedCount: 4, userErrors: [] });
    expect(r.results.map((x: { ref: string; version: number }) => [x.ref, x.version])).toEqual([
      ['P0', p0.version + 1],
      ['P1', p1.version + 1],
      ['I1', i1.version + 1],
      ['V0', i0.achieved.version + 1],
    ]);
    expect(r.results[0].current).toEqual({ achieved: null, note: p0.note, progress: '40.5', actualStart: p0.actualStart, actualEnd: p0.actualEnd });
    expect(r.results[1].current).toEqual({ achieved: null, note: 'Avviata in ritardo', progress: p1.progress, actualStart: '2020-03-02', actualEnd: p1.actualEnd });

    const after = await pull(ctx.api, ctx.f.editor.token);
    expect(after.phases[0]).toEqual({ ...p0, version: p0.version + 1, progress: '40.5' });
    expect(after.phases[1]).toEqual({ ...p1, version: p1.version + 1, actualStart: '2020-03-02', note: 'Avviata in ritardo' });
    expect(after.indicators[1]).toMatchObject({ note: 'Nota indicatore', version: i1.version + 1 });
    expect(after.indicators[0].achieved).toMatchObject({ raw: '12,25', number: '12.25', kind: 'NUMBER', version: i0.achieved.version + 1 });

    const records = await recordsOf('mixed-rows');
    const expected = [
      { entityType: 'Phase', entityId: fromGlobalId(p0.id).id, field: 'progress', oldValue: p0.progress, newValue: '40.5' },
      { entityType: 'Phase', entityId: fromGlobalId(p1.id).id, field: 'note', oldValue: p1.note, newValue: 'Avviata in ritardo' },
      { entityType: 'Phase', entityId: fromGlobalId(p1.id).id, field: 'actualStart', oldValue: p1.actualStart, newValue: '2020-03-02' },
      { entityType: 'Indicator', entityId: fromGlobalId(i1.id).id, field: 'note', oldValue: i1.note, newValue: 'Nota indicatore' },
      { entityType: 'IndicatorValue', entityId: fromGlobalId(i0.achieved.id).id, field: 'achieved', oldValue: i0.achieved.raw, newValue: '12,25' },
    ].sort((a, b) => a.entityId - b.entityId);
    expect(records.map(({ entityType, entityId, field, oldValue, newValue }) => ({ entityType, entityId, field, oldValue, newValue }))).toEqual(
      // Within one row the fields follow achieved, note, progress, actualStart, actualEnd.
      expected.sort((a, b) => a.entityId - b.entityId || fieldOrder(a.field) - fieldOrder(b.field)),
    );
    for (const rec of records) {
      expect(rec).toMatchObject({ outcome: 'APPLIED', source: 'API', message: null, objectiveId: ctx.f.a02.id });
      expect(rec.createdAt).toBeInstanceOf(Date);
      expect(Math.abs(rec.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  it('records refused rows with the server value as old and the message, and a change to the same value not at all', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const v = s.indicators[3].achieved;
    const same = s.indicators[2];
    const r = await push(
      ctx.api,
      ctx.f.editor.token,
      [
        { id: same.id, expectedVersion: same.version, note: same.note ?? '' },
        { id: v.id, expectedVersion: v.version, achieved: 'forse' },
      ],
      { clientBatchId: 'refused-rows', mode: 'PARTIAL' },
    );
    expect(r).toMatchObject({ status: 'PARTIAL', appliedCount: 0 });
    expect(r.results.map((x: { outcome: string; version: number }) => [x.outcome, x.version])).toEqual([
      ['APPLIED', same.version],
      ['INVALID', v.version],
    ]);
    const records = await recordsOf('refused-rows');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ field: 'achieved', oldValue: v.raw, newValue: 'forse', outcome: 'INVALID', message: r.userErrors[0].message });
  });

  it('notices a row written between its read and its conditional update, and decides the push again', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const v = s.indicators[6].achieved;
    const id = fromGlobalId(v.id).id;
    const logger = ctx.t.db.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let updates = 0;
    logger.logQuery = (query, parameters, runner) => {
      if (/^UPDATE [`"]indicator_value[`"]/.test(query) && ++updates === 1) {
        // Another writer moves the row on just before the conditional update runs: on SQLite inside
        // this transaction (rolled back with it), on MariaDB from another session (committed).
        const bump = `UPDATE indicator_value SET version = version + 1 WHERE id = ${id}`;
        if (ctx.t.dialect === 'sqlite') (ctx.t.db.dataSource.driver as unknown as { databaseConnection: { exec(sql: string): void } }).databaseConnection.exec(bump);
        else {
          const url = new URL(ctx.t.config.url);
          execFileSync('mariadb', ['-h', url.hostname, '-P', url.port, '-u', 'root', url.pathname.slice(1), '-e', bump]);
        }
      }
      return original(query, parameters, runner);
    };
    let r;
    try {
      r = await push(ctx.api, ctx.f.editor.token, [{ id: v.id, expectedVersion: v.version, achieved: '3' }], { clientBatchId: 'stale-read' });
    } finally {
      logger.logQuery = original;
    }
    const after = (await pull(ctx.api, ctx.f.editor.token)).indicators[6].achieved;
    if (ctx.t.dialect === 'sqlite') {
      expect(updates).toBe(2);
      expect(r).toMatchObject({ status: 'APPLIED', appliedCount: 1 });
      expect(after).toMatchObject({ raw: '3', version: v.version + 1 });
    } else {
      expect(updates).toBe(1);
      expect(r).toMatchObject({ status: 'REJECTED', appliedCount: 0, results: [{ outcome: 'CONFLICT', conflict: { serverVersion: v.version + 1 } }] });
      expect(after).toMatchObject({ raw: v.raw, version: v.version + 1 });
    }
    expect(await ctx.t.db.manager.countBy(ChangeBatch, { clientBatchId: 'stale-read' })).toBe(1);
  });
});

function fieldOrder(field: string): number {
  return ['achieved', 'note', 'progress', 'actualStart', 'actualEnd'].indexOf(field);
}
