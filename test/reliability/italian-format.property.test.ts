import fc from 'fast-check';
import { centsToDecimal, decimalToCents, formatItalianDecimal, parseItalianDecimal } from '../../server/src/common/italian-format';

/** Integer cents within the safe range, as amounts in euros are stored. */
const cents = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
/** A canonical decimal: integer part without leading zeros, fraction without trailing zeros. */
const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.stringMatching(/^\d{0,12}$/))
  .map(([neg, i, f]) => {
    const frac = f.replace(/0+$/, '');
    const body = frac ? `${i}.${frac}` : `${i}`;
    return neg && body !== '0' ? `-${body}` : body;
  });

describe('Italian numbers: properties', () => {
  it('cents → decimal → Italian text → decimal → cents is exact for every safe amount', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const text = formatItalianDecimal(centsToDecimal(c), 2);
        expect(decimalToCents(parseItalianDecimal(text) as string)).toBe(c);
      }),
      { numRuns: 2000 },
    );
  });

  it('formatting a canonical decimal the Italian way and reading it back gives the same digits', () => {
    fc.assert(fc.property(decimal, (d) => expect(parseItalianDecimal(formatItalianDecimal(d))).toBe(d)), { numRuns: 2000 });
  });

  it('never throws on any text, and answers null or a canonical decimal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const d = parseItalianDecimal(s);
        expect(d === null || /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/.test(d)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses amounts with more than two decimals instead of rounding them', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 9 }), (i, d) => expect(() => decimalToCents(`${i}.00${d}`)).toThrow(RangeError)));
  });
});
