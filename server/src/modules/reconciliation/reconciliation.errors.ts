import { DomainError, ErrorCode } from '../../common/domain-error';

/** Neither a planning view nor a year: there is nothing to reconcile against. */
export function scopeRequired(): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, 'Indicare la vista (es. DUP_2017_2019) o l\'esercizio da riconciliare.', { field: 'planningView' });
}

export function planningViewNotFound(code: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `Vista ${code} non trovata.`, { field: 'planningView', planningView: code });
}

/** A planning view without a year, asked without `year`. */
export function yearRequired(code: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `La vista ${code} non indica l'esercizio: indicarlo con year.`, { field: 'year', planningView: code });
}
