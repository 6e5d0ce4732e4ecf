import { execFileSync } from 'node:child_process';
import { In } from 'typeorm';
import { ChangeBatch } from '../../../../server/src/modules/change/change-batch.entity';
import { ChangeRecord } from '../../../../server/src/modules/change/change-record.entity';
import { fromGlobalId, toGlobalId } from '../../../../server/src/common/global-id';
import { FINAL_PERIOD, IndicatorValue, ValueKindEnum, ValueRole } from '../../../../server/src/modules/indicator/indicator-value.entity';
import { Indicator } from '../../../../server/src/modules/indicator/indicator.entity';
import { Phase } from '../../../../server/src/modules/phase/phase.entity';
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

describe(`the stored first answer (${process.env.PEGASO_TEST_DB})`, () => {
  it('returns a refused push with its conflict, who and when, the same to a retry', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const v = s.indicators[5].achieved;
    await push(ctx.api, ctx.f.controller.token, [{ id: v.id, expectedVersion: v.version, achieved: '1' }]);
    const changes = [
      { ref: 'A', id: v.id, expectedVersion: v.version, achieved: '2' },
      { ref: 'B', id: s.indicators[7].id, expectedVersion: s.indicators[7].version, note: 'nota' },
    ];
    const query = `mutation($input: PushChangesInput!) { pushChanges(input: $input) {
      status appliedCount results { index ref id outcome version current { achieved note progress actualStart actualEnd }
        conflict { serverVersion changedBy changedAt server { achieved note progress actualStart actualEnd } } }
      userErrors { index ref field code message } } }`;
    const input = { clientBatchId: 'conflict-retry', mode: 'ALL_OR_NOTHING', changes };
    const first = await ctx.api.gql(query, { input }, ctx.f.editor.token);
    expect(first.data.pushChanges).toMatchObject({ status: 'REJECTED', results: [{ outcome: 'CONFLICT', conflict: { changedBy: 'Utente CONTROLLER', server: { achieved: '1' } } }, { outcome: 'NOT_APPLIED' }] });
    expect(typeof first.data.pushChanges.results[0].conflict.changedAt).toBe('string');
    const retry = await ctx.api.gql(query, { input }, ctx.f.editor.token);
    expect(retry).toEqual(first);
  });

  it('still returns an answer stored as plain objects before answers were packed', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const user = ctx.f.editor.user.id;
    const response = {
      status: 'APPLIED',
      appliedCount: 1,
      results: [{ index: 0, ref: 'X', id: s.indicators[0].achieved.id, outcome: 'APPLIED', version: 7, current: { achieved: '5', note: null, progress: null, actualStart: null, actualEnd: null }, conflict: null }],
      userErrors: [],
    };
    await ctx.t.db.manager.save(ctx.t.db.manager.create(ChangeBatch, { clientBatchId: 'legacy', userId: user, source: 'API' as never, mode: 'ALL_OR_NOTHING', status: 'APPLIED' as never, appliedCount: 1, response }));
    const r = await push(ctx.api, ctx.f.editor.token, [{ id: s.indicators[0].achieved.id, expectedVersion: 1, achieved: '9' }], { clientBatchId: 'legacy' });
    expect(r).toMatchObject({ status: 'APPLIED', appliedCount: 1, userErrors: [], batch: { clientBatchId: 'legacy' } });
    expect(r.results).toEqual([{ index: 0, ref: 'X', outcome: 'APPLIED', version: 7, current: response.results[0].current, conflict: null }]);
  });

  it('still returns an answer stored as tuples (format 2) before answers were stored by column', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const user = ctx.f.editor.user.id;
    const [a, b] = [s.indicators[0].achieved.id, s.indicators[1].id];
    const conflict = { serverVersion: 4, changedBy: 'Qualcuno', changedAt: '2026-01-02T03:04:05.000Z', server: { achieved: '8', note: null, progress: null, actualStart: null, actualEnd: null } };
    const response = {
      format: 2,
      status: 'REJECTED',
      appliedCount: 0,
      results: [
        [0, 'X', a, 'CONFLICT', 4, ['8', null, null, null, null], conflict],
        [1, null, b, 'NOT_APPLIED', 2, [null, 'nota', null, null, null], null],
      ],
      userErrors: [[0, 'X', 'achieved', 'CONFLICT', 'Il valore è stato modificato da un altro utente dopo il pull: scegliere quale tenere.']],
    };
    await ctx.t.db.manager.save(ctx.t.db.manager.create(ChangeBatch, { clientBatchId: 'format-2', userId: user, source: 'API' as never, mode: 'ALL_OR_NOTHING', status: 'REJECTED' as never, appliedCount: 0, response }));
    const r = await push(ctx.api, ctx.f.editor.token, [{ id: a, expectedVersion: 1, achieved: '9' }], { clientBatchId: 'format-2' });
    expect(r).toMatchObject({ status: 'REJECTED', appliedCount: 0, batch: { clientBatchId: 'format-2' } });
    expect(r.results).toEqual([
      { index: 0, ref: 'X', outcome: 'CONFLICT', version: 4, current: conflict.server, conflict: { serverVersion: 4, changedBy: 'Qualcuno', server: { achieved: '8' } } },
      { index: 1, ref: null, outcome: 'NOT_APPLIED', version: 2, current: { achieved: null, note: 'nota', progress: null, actualStart: null, actualEnd: null }, conflict: null },
    ]);
    expect(r.userErrors).toEqual([{ index: 0, ref: 'X', field: 'achieved', code: 'CONFLICT', message: response.userErrors[0][4] }]);
  });
});

describe(`the valore atteso a pushed value is read against (${process.env.PEGASO_TEST_DB})`, () => {
  it('is the expected value of the same year, else the indicator\'s earliest', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const ind = s.indicators.find((i: any) => i.expected?.kind === 'NUMBER' && i.achieved);
    const indicatorId = fromGlobalId(ind.id).id;
    const em = ctx.t.db.manager;
    const add = (role: ValueRole, year: number, kind: ValueKindEnum, raw: string | null) => em.save(em.create(IndicatorValue, { indicatorId, role, year, period: FINAL_PERIOD, raw, kind, numberValue: null }));
    // Added after the scheda's own (NUMBER) valore atteso, so with a higher id but an earlier year.
    await add(ValueRole.EXPECTED, 2018, ValueKindEnum.BOOLEAN, '1');
    const a2018 = await add(ValueRole.ACHIEVED, 2018, ValueKindEnum.TEXT, null);
    const a2017 = await add(ValueRole.ACHIEVED, 2017, ValueKindEnum.TEXT, null);
    const r = await push(
      ctx.api,
      ctx.f.editor.token,
      [
        { id: ind.achieved.id, expectedVersion: ind.achieved.version, achieved: '5' },
        { id: toGlobalId('IndicatorValue', a2018.id), expectedVersion: a2018.version, achieved: '5' },
        { id: toGlobalId('IndicatorValue', a2017.id), expectedVersion: a2017.version, achieved: '5' },
        { id: toGlobalId('IndicatorValue', a2017.id), expectedVersion: a2017.version, achieved: 'si' },
        { id: toGlobalId('IndicatorValue', a2018.id + 1000000), expectedVersion: 1, achieved: '5' },
      ],
      { mode: 'PARTIAL' },
    );
    expect(r.results.map((x: { outcome: string }) => x.outcome)).toEqual(['APPLIED', 'INVALID', 'INVALID', 'INVALID', 'INVALID']);
    expect(r.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_YES_NO', 'INVALID_YES_NO', 'DUPLICATE_CHANGE', 'NOT_FOUND']);
    expect((await pull(ctx.api, ctx.f.editor.token)).indicators.find((i: any) => i.id === ind.id).achieved).toMatchObject({ raw: '5', kind: 'NUMBER' });
  });
});

describe(`a large refused push (${process.env.PEGASO_TEST_DB})`, () => {
  it('reports who last changed each of 1,500 conflicting rows', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const indicatorId = fromGlobalId(s.indicators[0].id).id;
    const em = ctx.t.db.manager;
    const rows = Array.from({ length: 1500 }, (_, k) => ({ indicatorId, role: ValueRole.ACHIEVED, year: 3000 + k, period: FINAL_PERIOD, raw: null, kind: ValueKindEnum.NUMBER, numberValue: null }));
    for (let i = 0; i < rows.length; i += 300) await em.createQueryBuilder().insert().into(IndicatorValue).values(rows.slice(i, i + 300)).execute();
    const values = await em.find(IndicatorValue, { where: { indicatorId, role: ValueRole.ACHIEVED }, order: { year: 'ASC' } });
    const mine = values.filter((v) => v.year >= 3000);
    expect(mine).toHaveLength(1500);
    // 1 and 0 read as numbers and as sì/no alike, whatever the indicator's valore atteso.
    const first = await push(ctx.api, ctx.f.controller.token, mine.map((v) => ({ id: toGlobalId('IndicatorValue', v.id), expectedVersion: v.version, achieved: '1' })));
    expect(first).toMatchObject({ status: 'APPLIED', appliedCount: 1500 });
    const stale = await push(ctx.api, ctx.f.editor.token, mine.map((v) => ({ id: toGlobalId('IndicatorValue', v.id), expectedVersion: v.version, achieved: '0' })), { mode: 'PARTIAL' });
    expect(stale).toMatchObject({ status: 'PARTIAL', appliedCount: 0 });
    expect(stale.userErrors).toHaveLength(1500);
    for (const [k, r] of stale.results.entries()) {
      expect(r).toMatchObject({ index: k, outcome: 'CONFLICT', version: mine[k].version + 1, conflict: { serverVersion: mine[k].version + 1, changedBy: 'Utente CONTROLLER', server: { achieved: '1' } } });
    }
  });
});

describe(`a push of every phase and indicator (${process.env.PEGASO_TEST_DB})`, () => {
  it('writes each row once, only the fields it names, in statements of several sizes, and records them in row-id order', async () => {
    const em = ctx.t.db.manager;
    const phases = await em.find(Phase, { order: { id: 'ASC' } });
    const indicators = await em.find(Indicator, { order: { id: 'ASC' } });
    // Row counts that are no multiple of any statement size (SQLite writes 500, 100, 20, 5 and 1 rows a statement).
    expect(phases.length % 5).not.toBe(0);
    const phaseChange = (p: Phase, k: number) =>
      k % 3 === 0
        ? { progress: String(k % 101) }
        : k % 3 === 1
          ? { note: `Nota fase ${k}` }
          : { actualStart: '01/02/2020', actualEnd: k % 2 ? '31/12/2020' : '' };
    const changes = [
      ...phases.map((p, k) => ({ id: toGlobalId('Phase', p.id), expectedVersion: p.version, ref: `P${k}`, ...phaseChange(p, k) })),
      ...indicators.map((i, k) => ({ id: toGlobalId('Indicator', i.id), expectedVersion: i.version, note: k % 4 ? `Nota ${k}` : '' })),
    ];
    const r = await push(ctx.api, ctx.f.admin.token, changes, { clientBatchId: 'every-phase' });
    expect(r).toMatchObject({ status: 'APPLIED', userErrors: [] });
    const phasesAfter = await em.find(Phase, { order: { id: 'ASC' } });
    const indicatorsAfter = await em.find(Indicator, { order: { id: 'ASC' } });
    const expectedPhase = (p: Phase, k: number) => {
      const c = phaseChange(p, k);
      const next = {
        progress: 'progress' in c ? c.progress : p.progress,
        note: 'note' in c ? c.note : p.note,
        actualStart: 'actualStart' in c ? '2020-02-01' : p.actualStart,
        actualEnd: 'actualEnd' in c ? (c.actualEnd ? '2020-12-31' : null) : p.actualEnd,
      };
      const same = next.progress === p.progress && next.note === p.note && next.actualStart === p.actualStart && next.actualEnd === p.actualEnd;
      return { id: p.id, ...next, version: same ? p.version : p.version + 1 };
    };
    expect(phasesAfter.map(({ id, progress, note, actualStart, actualEnd, version }) => ({ id, progress, note, actualStart, actualEnd, version }))).toEqual(
      phases.map(expectedPhase),
    );
    expect(indicatorsAfter.map(({ id, note, version }) => ({ id, note, version }))).toEqual(
      indicators.map((i, k) => {
        const note = k % 4 ? `Nota ${k}` : null;
        return { id: i.id, note, version: note === i.note ? i.version : i.version + 1 };
      }),
    );
    const written = phasesAfter.filter((p, k) => p.version !== phases[k].version).length + indicatorsAfter.filter((i, k) => i.version !== indicators[k].version).length;
    expect(r.appliedCount).toBe(written);
    expect(r.results.map((x: { ref: string | null; version: number }) => x.version)).toEqual([...phasesAfter, ...indicatorsAfter].map((x) => x.version));
    const records = await recordsOf('every-phase');
    const fields = (c: object) => ['note', 'progress', 'actualStart', 'actualEnd'].filter((f) => f in c);
    const expected = [
      ...phases.flatMap((p, k) => (phasesAfter[k].version === p.version ? [] : fields(phaseChange(p, k)).map((f) => ['Phase', p.id, f]))),
      ...indicators.flatMap((i, k) => (indicatorsAfter[k].version === i.version ? [] : [['Indicator', i.id, 'note']])),
    ].sort((a, b) => (a[1] as number) - (b[1] as number));
    expect(records.map((x) => [x.entityType, x.entityId, x.field])).toEqual(expected);
  });
});

describe(`a push over long notes (${process.env.PEGASO_TEST_DB})`, () => {
  it('records the 5,000 old notes of 4,000 characters it replaces (more than one statement can carry on MariaDB)', async () => {
    const em = ctx.t.db.manager;
    const objectiveId = ctx.f.a02.id;
    const base = await em.find(Indicator, { where: { objectiveId }, order: { position: 'DESC' }, take: 1 });
    const start = (base[0]?.position ?? 0) + 1;
    // Cut at 4,000 UTF-16 units without splitting a flag's surrogate pair.
    const long = (k: number) => `${k} ${"Nota lunga con l'apostrofo, \\ e «virgolette» 🇮🇹 ".repeat(100)}`.slice(0, 4000).replace(/[\uD800-\uDBFF]$/, '');
    const rows = Array.from({ length: 5000 }, (_, k) => ({ objectiveId, position: start + k, description: `Indicatore ${k}`, note: long(k) }));
    for (let i = 0; i < rows.length; i += 100) await em.createQueryBuilder().insert().into(Indicator).values(rows.slice(i, i + 100)).execute();
    const mine = (await em.find(Indicator, { where: { objectiveId }, order: { position: 'ASC' } })).filter((i) => i.position >= start);
    expect(mine).toHaveLength(5000);
    const r = await push(ctx.api, ctx.f.admin.token, mine.map((i, k) => ({ id: toGlobalId('Indicator', i.id), expectedVersion: i.version, note: `breve ${k}` })), { clientBatchId: 'long-notes' });
    expect(r).toMatchObject({ status: 'APPLIED', appliedCount: 5000 });
    const after = (await em.find(Indicator, { where: { objectiveId }, order: { position: 'ASC' } })).filter((i) => i.position >= start);
    expect(after.map((i) => i.note)).toEqual(mine.map((_, k) => `breve ${k}`));
    const records = await recordsOf('long-notes');
    expect(records.map((x) => [x.entityId, x.oldValue, x.newValue])).toEqual(mine.map((i, k) => [i.id, long(k), `breve ${k}`]));
  }, 60_000);
});

describe(`a push of 1,200 values and notes with awkward texts (${process.env.PEGASO_TEST_DB})`, () => {
  it('writes every row once with its version bumped, and records each old → new text exactly', async () => {
    const em = ctx.t.db.manager;
    // An indicator of its own, without a valore atteso: its values are read as the numbers they hold.
    const objectiveId = ctx.f.a02.id;
    const last = await em.find(Indicator, { where: { objectiveId }, order: { position: 'DESC' }, take: 1 });
    const indicator = await em.save(em.create(Indicator, { objectiveId, position: (last[0]?.position ?? 0) + 1, description: 'Numero di pratiche evase', note: null }));
    const indicatorId = indicator.id;
    // Texts a hand-written statement could get wrong: placeholders, quotes, backslashes, newlines, NUL, astral characters.
    const awkward = (k: number) => `? ${k} l'a "b" \\ \\' ?? \n\r\t \u0000 ${'${x}'} 🇮🇹 é %s`;
    const rows = Array.from({ length: 1200 }, (_, k) => ({ indicatorId, role: ValueRole.ACHIEVED, year: 5000 + k, period: FINAL_PERIOD, raw: k % 3 ? `${k}` : null, kind: ValueKindEnum.NUMBER, numberValue: k % 3 ? `${k}` : null }));
    for (let i = 0; i < rows.length; i += 300) await em.createQueryBuilder().insert().into(IndicatorValue).values(rows.slice(i, i + 300)).execute();
    const values = (await em.find(IndicatorValue, { where: { indicatorId, role: ValueRole.ACHIEVED }, order: { year: 'ASC' } })).filter((v) => v.year >= 5000);
    expect(values).toHaveLength(1200);
    const phases = await em.find(Phase, { order: { id: 'ASC' } });
    const achieved = (k: number) => (k % 7 === 0 ? '' : `${k},${k % 10}`);
    const changes = [
      ...values.map((v, k) => ({ id: toGlobalId('IndicatorValue', v.id), expectedVersion: v.version, achieved: achieved(k) })),
      ...phases.map((p, k) => ({ id: toGlobalId('Phase', p.id), expectedVersion: p.version, note: awkward(k) })),
    ];
    const r = await push(ctx.api, ctx.f.admin.token, changes, { clientBatchId: 'awkward-texts' });
    expect(r).toMatchObject({ status: 'APPLIED', userErrors: [] });

    const valuesAfter = await em.find(IndicatorValue, { where: { id: In(values.map((v) => v.id)) }, order: { year: 'ASC' } });
    const raw = (k: number) => (achieved(k) === '' ? null : achieved(k));
    const number = (k: number) => (achieved(k) === '' ? null : k % 10 ? `${k}.${k % 10}` : `${k}`);
    expect(valuesAfter.map(({ raw: x, numberValue, version }) => [x, numberValue, version])).toEqual(
      values.map((v, k) => [raw(k), number(k), raw(k) === v.raw ? v.version : v.version + 1]),
    );
    const phasesAfter = await em.find(Phase, { order: { id: 'ASC' } });
    expect(phasesAfter.map(({ note, version }) => [note, version])).toEqual(phases.map((p, k) => [awkward(k).trim(), p.version + 1]));

    const written = values.filter((v, k) => raw(k) !== v.raw);
    expect(r.appliedCount).toBe(written.length + phases.length);
    const records = await recordsOf('awkward-texts');
    const expected = [
      ...values.flatMap((v, k) => (raw(k) === v.raw ? [] : [['IndicatorValue', v.id, 'achieved', v.raw, raw(k)]])),
      ...phases.map((p, k) => ['Phase', p.id, 'note', p.note, awkward(k).trim()]),
    ].sort((a, b) => (a[1] as number) - (b[1] as number));
    expect(records.map((x) => [x.entityType, x.entityId, x.field, x.oldValue, x.newValue])).toEqual(expected);
    expect(records.every((x) => x.outcome === 'APPLIED' && x.source === 'API' && x.message === null)).toBe(true);
  }, 60_000);
});
