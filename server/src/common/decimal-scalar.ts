import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { canonicalDecimal } from './italian-format';

const DECIMAL = /^-?\d{1,30}(\.\d{1,10})?$/;

/**
 * Decimal: an exact decimal number as a string ("11000.00", "-149800", "3.56"), never a binary
 * float, so money and indicator values survive any client. Dot as decimal separator.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, dot as separator: "11000.00", "3.56". Never a float.',
  serialize(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && DECIMAL.test(value.trim())) return canonicalDecimal(value.trim());
    throw new GraphQLError('Decimal expects a string like "1234.56"');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && DECIMAL.test(ast.value.trim())) return canonicalDecimal(ast.value.trim());
    throw new GraphQLError('Decimal expects a string like "1234.56"');
  },
});
