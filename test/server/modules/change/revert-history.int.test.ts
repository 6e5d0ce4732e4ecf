import { pull, push, useWriteFixture } from '../../../support/write-fixture';

const ctx = useWriteFixture();

const REVERT = `mutation($id: ID!) { revertBatch(id: $id) { status appliedCount results { outcome } userErrors { code } } }`;
const HISTORY = `query($code: String!) { objective(planningView: "DUP_2020_2022", code: $code) {
  indicators { history { field oldValue newValue outcome source user { displayName } } } } }`;

describe(`history and undo (${process.env.PEGASO_TEST_DB})`, () => {
  it('revertBatch restores the previous values and is itself recorded', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const v = s.indicators[0].achieved;
    const pushed = await push(ctx.api, ctx.f.editor.token, [{ id: v.id, expectedVersion: v.version, achieved: '0,5' }]);
    const undo = await ctx.api.gql(REVERT, { id: pushed.batch.id }, ctx.f.editor.token);
    expect(undo.data.revertBatch).toMatchObject({ status: 'APPLIED', appliedCount: 1 });
    expect((await pull(ctx.api, ctx.f.editor.token)).indicators[0].achieved.raw).toBe(v.raw);
    const h = await ctx.api.gql(HISTORY, { code: '2020_A02_00' }, ctx.f.editor.token);
    expect(h.data.objective.indicators[0].history.map((r: any) => [r.source, r.oldValue, r.newValue])).toEqual([
      ['REVERT', '0,5', v.raw],
      ['API', v.raw, '0,5'],
    ]);
  });

  it('refuses to undo a row changed by someone else since', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const v = s.indicators[1].achieved;
    const pushed = await push(ctx.api, ctx.f.editor.token, [{ id: v.id, expectedVersion: v.version, achieved: '150' }]);
    await push(ctx.api, ctx.f.controller.token, [{ id: v.id, expectedVersion: v.version + 1, achieved: '155' }]);
    const undo = await ctx.api.gql(REVERT, { id: pushed.batch.id }, ctx.f.editor.token);
    expect(undo.data.revertBatch.results[0].outcome).toBe('CONFLICT');
    expect((await pull(ctx.api, ctx.f.editor.token)).indicators[1].achieved.raw).toBe('155');
  });

  it('keeps refused attempts in the history with who and why', async () => {
    const s = await pull(ctx.api, ctx.f.editor.token);
    const v = s.indicators[4].achieved;
    await push(ctx.api, ctx.f.editor.token, [{ id: v.id, expectedVersion: v.version, achieved: 'boh' }]);
    const h = await ctx.api.gql(HISTORY, { code: '2020_A02_00' }, ctx.f.editor.token);
    expect(h.data.objective.indicators[4].history[0]).toMatchObject({ outcome: 'INVALID', newValue: 'boh', user: { displayName: 'Utente EDITOR' } });
  });
});

const MOVE = `mutation($id: ID!, $action: WorkflowAction!, $reason: String) { transitionObjective(id: $id, action: $action, reason: $reason) { workflowState } }`;

describe(`workflow (${process.env.PEGASO_TEST_DB})`, () => {
  it('moves a scheda to validated, which then refuses pushes until an admin reopens it', async () => {
    const id = (await pull(ctx.api, ctx.f.editor.token)).id;
    for (const [action, token] of [['SUBMIT', ctx.f.editor.token], ['CHECK', ctx.f.controller.token], ['VALIDATE', ctx.f.controller.token]]) {
      const r = await ctx.api.gql(MOVE, { id, action }, token);
      expect(r.errors).toBeUndefined();
    }
    const s = await pull(ctx.api, ctx.f.editor.token);
    const r = await push(ctx.api, ctx.f.editor.token, [{ id: s.indicators[6].achieved.id, expectedVersion: s.indicators[6].achieved.version, achieved: '2' }]);
    expect(r.userErrors[0]).toMatchObject({ code: 'OBJECTIVE_VALIDATED', message: expect.stringContaining("validata dall'OIV") });
    expect((await ctx.api.gql(MOVE, { id, action: 'REOPEN', reason: 'x' }, ctx.f.admin.token)).errors?.[0].message).toMatch(/motivo/);
    expect((await ctx.api.gql(MOVE, { id, action: 'REOPEN', reason: 'Errore di battitura' }, ctx.f.controller.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ctx.api.gql(MOVE, { id, action: 'REOPEN', reason: 'Errore di battitura' }, ctx.f.admin.token)).data.transitionObjective.workflowState).toBe('CHECKED');
  });
});
