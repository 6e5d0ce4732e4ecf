import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Logger } from 'pino';
import { DomainError, ErrorCode } from '../common/domain-error';

const CLIENT_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

function isDatabaseDown(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return ['ECONNREFUSED', 'ECONNRESET', 'PROTOCOL_CONNECTION_LOST', 'ETIMEDOUT', 'EPIPE', 'ER_CON_COUNT_ERROR', 'ER_CONNECTION_KILLED', 'ER_QUERY_INTERRUPTED', 'ER_SERVER_SHUTDOWN', 'SQLITE_BUSY', 'SQLITE_IOERR'].includes(code ?? '');
}

/**
 * The one place errors become responses: domain errors keep their code, message and details;
 * GraphQL's own request errors pass; anything else is logged and masked (no SQL, paths or stacks).
 */
export function createFormatError(log: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Refusals before execution (protection rules) carry their DomainError without a path.
    const original = error instanceof GraphQLError && error.originalError instanceof DomainError ? error.originalError : unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code) && original === error) {
      const extensions = production ? { code } : { ...formatted.extensions };
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    // graphql-js wraps a thrown value that is not an Error of its realm (a driver's error seen from another vm context) in NonErrorThrown.
    if (isDatabaseDown(original) || isDatabaseDown((original as { thrownValue?: unknown })?.thrownValue)) {
      log.error({ err: original }, 'database unavailable');
      return {
        message: 'Il database non risponde: riprovare tra poco.',
        path: formatted.path,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, retryable: true },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'Errore interno del server.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
