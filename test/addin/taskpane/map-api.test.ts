import { type ElencoIndicatorNode, type ElencoPhaseNode, toListedIndicators, toListedPhases, toObjectiveRefs } from '../../../addin/src/taskpane/map-api';

const refs = toObjectiveRefs([
  { code: '2020_A01_00', title: 'Primo', workflowState: 'VALIDATED', responsibilityCenter: null },
  { code: '2020_A02_00', title: null, workflowState: 'DRAFT', responsibilityCenter: { name: 'INNOVAZIONE TECNOLOGICA' } },
]);

const indicator = (id: string, code: string, position: number, over: Partial<ElencoIndicatorNode> = {}): ElencoIndicatorNode => ({
  id, version: 1, position, description: `d ${id}`, type: null, note: null, objective: { code },
  expected: { raw: '10', kind: 'NUMBER' }, achievedFor: { id: `V${id}`, version: 2, raw: '7', kind: 'NUMBER' }, ...over,
});

describe('Elenco mapping', () => {
  it('gives each row its scheda as the Elenco shows it', () => {
    expect([...refs.values()]).toEqual([
      { code: '2020_A01_00', title: 'Primo', responsibilityCenter: null, workflowState: 'VALIDATED' },
      { code: '2020_A02_00', title: null, responsibilityCenter: 'INNOVAZIONE TECNOLOGICA', workflowState: 'DRAFT' },
    ]);
  });

  it('orders indicators by scheda, then position (ties in the order received), numbering them within their scheda', () => {
    // as the connection returns them: by objective code, then database id
    const nodes = [indicator('a', '2020_A01_00', 2), indicator('b', '2020_A01_00', 1), indicator('c', '2020_A02_00', 5), indicator('d', '2020_A02_00', 5), indicator('e', '2020_A02_00', 1)];
    const rows = toListedIndicators(nodes, refs);
    expect(rows.map((r) => `${r.objective.code}/I${r.position}=${r.id}`)).toEqual(['2020_A01_00/I1=b', '2020_A01_00/I2=a', '2020_A02_00/I1=e', '2020_A02_00/I2=c', '2020_A02_00/I3=d']);
    expect(rows[0].objective).toBe(refs.get('2020_A01_00'));
  });

  it('follows the order of the schede, and leaves out rows of schede not pulled', () => {
    const rows = toListedIndicators([indicator('x', '2020_A02_00', 1), indicator('y', '2020_A09_00', 1), indicator('z', '2020_A01_00', 1)], refs);
    expect(rows.map((r) => r.id)).toEqual(['z', 'x']);
  });

  it('maps the achieved value of the period pulled, and none when there is none', () => {
    const [withValue, without] = toListedIndicators([indicator('a', '2020_A01_00', 1), indicator('b', '2020_A01_00', 2, { achievedFor: null, expected: null })], refs);
    expect(withValue).toEqual({ id: 'a', version: 1, description: 'd a', type: null, note: null, expected: { raw: '10', kind: 'NUMBER' }, achieved: { id: 'Va', version: 2, raw: '7', kind: 'NUMBER' }, objective: refs.get('2020_A01_00'), position: 1 });
    expect(without).toMatchObject({ achieved: null, expected: null });
  });

  it('maps phases with their dates, progress and note', () => {
    const node: ElencoPhaseNode = { id: 'p', version: 3, position: 4, description: 'Fase', weight: '60.00', progress: '50.00', plannedStart: '2020-02-01', plannedEnd: '2020-07-31', actualStart: null, actualEnd: '2020-08-01', note: 'n', objective: { code: '2020_A02_00' } };
    expect(toListedPhases([node], refs)).toEqual([
      { id: 'p', version: 3, description: 'Fase', weight: '60.00', progress: '50.00', plannedStart: '2020-02-01', plannedEnd: '2020-07-31', actualStart: null, actualEnd: '2020-08-01', note: 'n', objective: refs.get('2020_A02_00'), position: 1 },
    ]);
  });
});
