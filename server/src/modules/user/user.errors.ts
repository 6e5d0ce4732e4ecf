import { DomainError, ErrorCode } from '../../common/domain-error';

/** The Italian messages of authentication and user management, in one place. */
export const AUTH_MESSAGES = {
  notSignedIn:
    'Accesso richiesto: accedere con nome utente e password (mutation login) e inviare il token ricevuto nell\'intestazione "Authorization: Bearer <token>".',
  invalidToken: 'Sessione scaduta o non valida: accedere di nuovo.',
  invalidCredentials: 'Nome utente o password non corretti.',
} as const;

export function notSignedIn(): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, AUTH_MESSAGES.notSignedIn);
}

export function invalidToken(): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, AUTH_MESSAGES.invalidToken);
}

export function invalidCredentials(): DomainError {
  return new DomainError(ErrorCode.INVALID_CREDENTIALS, AUTH_MESSAGES.invalidCredentials);
}

export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Troppi tentativi di accesso non riusciti: riprovare tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`,
    { retryAfterSeconds },
  );
}

export function forbiddenRole(role: string, required: readonly string[]): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, `Operazione non consentita: richiede il ruolo ${required.join(' o ')}, l'utente ha il ruolo ${role}.`, {
    requiredRoles: [...required],
  });
}

export function userNotFound(ref: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `Utente "${ref}" non trovato.`, { field: 'username' });
}
