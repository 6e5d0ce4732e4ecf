import { DomainError, ErrorCode } from '../../common/domain-error';

/** A year outside what a budget can be about. */
export function invalidYear(year: number): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Esercizio non valido: ${year}.`, { field: 'year' });
}
