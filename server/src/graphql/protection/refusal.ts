import { GraphQLError, ASTNode } from 'graphql';
import { DomainError, ErrorCode } from '../../common/domain-error';

/**
 * A request refused before execution: a GraphQLError carrying the DomainError (so formatError shows
 * its code, Italian message and details) and HTTP status 400.
 */
export function refusal(code: ErrorCode, message: string, details: Record<string, unknown>, nodes?: ASTNode | ASTNode[]): GraphQLError {
  return refusalOf(new DomainError(code, message, details), nodes);
}

export function refusalOf(error: DomainError, nodes?: ASTNode | ASTNode[]): GraphQLError {
  return new GraphQLError(error.message, {
    nodes,
    originalError: error,
    extensions: { ...error.details, code: error.code, http: { status: 400 } },
  });
}
