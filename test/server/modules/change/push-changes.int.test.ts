import { toGlobalId } from '../../../../server/src/common/global-id';
import { pull, push, useWriteFixture } from '../../../support/write-fixture';

const ctx = useWriteFixture();

describe(`pushChanges (${process.env.PEGASO_TEST_DB})`, () => {
  it('writes valori raggiunti in Italian formats and a note, and the next pull shows them', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const [i1, i2] = s.indicators;
    const r = await push(ctx.api, ctx.f.editor.token, [
      { ref: 'F14', id: i1.achieved.id, expectedVersion: i1.achieved.version, achieved: '2' },
      { ref: 'F15', id: i2.achieved.id, expectedVersion: i2.achieved.version, achieved: '1.234,5' },
      { ref: 'H14', id: i1.id, expectedVersion: i1.version, note: 'Verificato con il servizio' },
    ]);
    expect(r).toMatchObject({ status: 'APPLIED', appliedCount: 3, userErrors: [] });
    const after = await pull(ctx.api, ctx.f.editor.token);
    expect(after.indicators[0]).toMatchObject({ note: 'Verificato con il servizio', achieved: { raw: '2', number: '2', version: i1.achieved.version + 1 } });
    expect(after.indicators[1].achieved).toMatchObject({ raw: '1.234,5', number: '1234.5' });
  });

  it('two clients edit the same value: one wins, the other gets the server value, who and when', async () => {
    const mine = await pull(ctx.api, ctx.f.editor.token);
    const theirs = await pull(ctx.api, ctx.f.controller.token);
    const id = mine.indicators[2].achieved.id;
    const first = await push(ctx.api, ctx.f.controller.token, [{ id, expectedVersion: theirs.indicators[2].achieved.version, achieved: 'no' }]);
    expect(first.status).toBe('APPLIED');
    const second = await push(ctx.api, ctx.f.editor.token, [{ ref: 'F16', id, expectedVersion: mine.indicators[2].achieved.version, achieved: 'si' }]);
    expect(second.status).toBe('REJECTED');
    expect(second.results[0]).toMatchObject({ outcome: 'CONFLICT', conflict: { changedBy: 'Utente CONTROLLER', server: { achieved: 'no' } } });
    expect(second.userErrors[0]).toMatchObject({ ref: 'F16', code: 'CONFLICT' });
    expect((await pull(ctx.api, ctx.f.editor.token)).indicators[2].achieved).toMatchObject({ raw: 'no', number: '0' });
  });

  it('refuses invalid rows with field, code and an Italian message, and writes nothing of the batch', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const phase = s.phases[0];
    const r = await push(ctx.api, ctx.f.editor.token, [
      { id: s.indicators[4].achieved.id, expectedVersion: s.indicators[4].achieved.version, achieved: 'tanti' },
      { id: phase.id, expectedVersion: phase.version, progress: '140' },
      { id: s.indicators[3].achieved.id, expectedVersion: s.indicators[3].achieved.version, achieved: '7' },
      { id: s.indicators[7].id, expectedVersion: s.indicators[7].version, note: 'valida' },
    ]);
    expect(r.status).toBe('REJECTED');
    expect(r.userErrors).toEqual([
      expect.objectContaining({ index: 0, field: 'achieved', code: 'INVALID_NUMBER', message: expect.stringContaining('non è un numero') }),
      expect.objectContaining({ index: 1, field: 'progress', code: 'OUT_OF_RANGE', message: expect.stringContaining('tra 0 e 100') }),
      expect.objectContaining({ index: 2, field: 'achieved', code: 'INVALID_YES_NO', message: expect.stringContaining('solo sì/no') }),
    ]);
    expect(r.results[3].outcome).toBe('NOT_APPLIED');
    expect((await pull(ctx.api, ctx.f.editor.token)).indicators[7].note).toBe(s.indicators[7].note);
  });

  it('in PARTIAL mode applies the valid rows', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const phase = s.phases[1];
    const r = await push(ctx.api, ctx.f.editor.token, [
      { id: phase.id, expectedVersion: phase.version, actualStart: '01/03/2020', actualEnd: '01/02/2020' },
      { id: toGlobalId('Phase', 999999), expectedVersion: 1, note: 'x' },
      { id: s.indicators[5].id, expectedVersion: s.indicators[5].version, note: 'applicata' },
    ], { mode: 'PARTIAL' });
    expect(r).toMatchObject({ status: 'PARTIAL', appliedCount: 1 });
    expect(r.userErrors.map((e: { code: string }) => e.code)).toEqual(['DATE_ORDER', 'NOT_FOUND']);
    expect((await pull(ctx.api, ctx.f.editor.token)).indicators[5].note).toBe('applicata');
  });

  it('applies a retried push once and returns the first answer', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const v = s.indicators[6].achieved;
    const change = [{ id: v.id, expectedVersion: v.version, achieved: '9' }];
    const first = await push(ctx.api, ctx.f.editor.token, change, { clientBatchId: 'retry-me' });
    const retry = await push(ctx.api, ctx.f.editor.token, change, { clientBatchId: 'retry-me' });
    expect(retry).toEqual(first);
    expect((await pull(ctx.api, ctx.f.editor.token)).indicators[6].achieved.version).toBe(v.version + 1);
  });

  it('refuses a viewer and an editor of another CdR', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const viewer = await push(ctx.api, ctx.f.viewer.token, [{ id: s.indicators[0].id, expectedVersion: s.indicators[0].version, note: 'x' }]);
    expect(viewer.userErrors[0].code).toBe('FORBIDDEN');
    const other = await push(ctx.api, ctx.f.otherEditor.token, [{ id: s.indicators[0].id, expectedVersion: s.indicators[0].version, note: 'x' }]);
    expect(other.userErrors[0].code).toBe('FORBIDDEN');
  });
});

describe(`a large push (${process.env.PEGASO_TEST_DB})`, () => {
  it('keeps the whole first answer of a 5,000-row push for its retry', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const note = s.indicators[0];
    const changes = Array.from({ length: 5000 }, (_, n) => (n === 0 ? { ref: 'A1', id: note.id, expectedVersion: note.version, note: 'lunga' } : { ref: `R${n}`, id: toGlobalId('Phase', 900000 + n), expectedVersion: 1, note: 'x' }));
    const first = await push(ctx.api, ctx.f.editor.token, changes, { clientBatchId: 'big-one', mode: 'PARTIAL' });
    expect(first.results).toHaveLength(5000);
    const retry = await push(ctx.api, ctx.f.editor.token, changes, { clientBatchId: 'big-one', mode: 'PARTIAL' });
    expect(retry).toEqual(first);
  });
});
