import { cellDate, excelSerialToIso, validateCell } from '../../../addin/src/sync/validation';

const send = (r: ReturnType<typeof validateCell>) => (r.ok ? r.send : `ERR ${r.reason}`);

describe('validation of edited cells', () => {
  it('reads numbers typed the Italian way, pasted as numbers, or with a dot', () => {
    expect(send(validateCell('achieved', 'NUMBER', '1.234,5'))).toBe('1.234,5');
    expect(send(validateCell('achieved', 'NUMBER', 1234.5))).toBe('1.234,5');
    expect(send(validateCell('achieved', 'NUMBER', ' 160 '))).toBe('160');
    expect(send(validateCell('achieved', 'NUMBER', '12.5'))).toBe('12,5');
  });

  it('refuses text in a numeric indicator with an Italian reason and an example', () => {
    expect(validateCell('achieved', 'NUMBER', 'circa 200')).toEqual({ ok: false, reason: '«circa 200» non è un numero: scrivi ad esempio 1.234,5' });
  });

  it('accepts yes/no answers in every usual spelling and refuses the rest', () => {
    expect(['si', 'Sì', 'fatto', 1, true, '1,00'].map((v) => send(validateCell('achieved', 'BOOLEAN', v)))).toEqual(['1', '1', '1', '1', '1', '1']);
    expect(send(validateCell('achieved', 'BOOLEAN', 'non fatto'))).toBe('0');
    expect(send(validateCell('achieved', 'BOOLEAN', 'forse'))).toMatch(/^ERR «forse» non è una risposta sì\/no/);
  });

  it('accepts ratios a/b and refuses a zero denominator', () => {
    expect(send(validateCell('achieved', 'RATIO', '15 / 16'))).toBe('15/16');
    expect(send(validateCell('achieved', 'RATIO', '3/0'))).toBe('ERR Il denominatore di «3/0» non può essere zero');
    expect(send(validateCell('achieved', 'RATIO', 0.75))).toMatch(/non è un rapporto/);
  });

  it('keeps progress within 0–100', () => {
    expect(send(validateCell('progress', 'TEXT', '80,5'))).toBe('80,5');
    expect(send(validateCell('progress', 'TEXT', '80%'))).toBe('80');
    expect(send(validateCell('progress', 'TEXT', 120))).toBe("ERR L'avanzamento deve essere tra 0 e 100 (hai scritto 120)");
  });

  it('reads dates as dd/mm/yyyy, ISO or Excel serial numbers (pasted dates)', () => {
    expect(send(validateCell('actualEnd', 'TEXT', '31/12/2020'))).toBe('2020-12-31');
    expect(send(validateCell('actualEnd', 'TEXT', '2020-12-31'))).toBe('2020-12-31');
    expect(send(validateCell('actualEnd', 'TEXT', 44196))).toBe('2020-12-31');
    expect(send(validateCell('actualEnd', 'TEXT', '31/02/2020'))).toMatch(/^ERR «31\/02\/2020» non è una data valida/);
    expect(excelSerialToIso(60)).toBeNull();
    expect(cellDate('1.3.2021')).toBe('2021-03-01');
  });

  it('clears a field when the cell is emptied, and refuses Excel errors', () => {
    expect(validateCell('note', 'TEXT', '')).toEqual({ ok: true, send: null });
    expect(validateCell('achieved', 'NUMBER', null)).toEqual({ ok: true, send: null });
    expect(send(validateCell('achieved', 'NUMBER', '#VALUE!'))).toBe('ERR La cella contiene un errore di Excel (#VALUE!)');
  });

  it('limits notes to 4,000 characters', () => {
    expect(send(validateCell('note', 'TEXT', 'x'.repeat(4001)))).toBe('ERR Nota troppo lunga: al massimo 4000 caratteri');
  });
});
