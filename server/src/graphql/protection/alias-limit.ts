import { ASTVisitor, ValidationContext } from 'graphql';
import { ErrorCode } from '../../common/domain-error';
import { refusal } from './refusal';
import { foldSelections } from './selections';

const sum = (a: number, b: number) => a + b;

/**
 * Validation rule: refuses an operation with more than `maxAliases` aliases, counted through
 * fragments as often as they are spread (TOO_MANY_ALIASES). Aliases are how one request repeats
 * an expensive field with other arguments.
 */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = foldSelections(context, (field, recurse) => (field.alias ? 1 : 0) + (field.selectionSet ? recurse(field.selectionSet) : 0), sum);
      const aliases = count(operation.selectionSet);
      if (aliases > maxAliases) {
        context.reportError(
          refusal(ErrorCode.TOO_MANY_ALIASES, `La richiesta usa ${aliases} alias: il massimo è ${maxAliases}.`, { limit: maxAliases, aliases }, operation),
        );
      }
      return false;
    },
  });
}

/**
 * Validation rule: refuses an operation with more than `maxRootFields` root fields, each
 * occurrence counted (repeated fields too) through fragments (TOO_MANY_ROOT_FIELDS).
 */
export function rootFieldLimitRule(maxRootFields: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const rootFields = foldSelections(context, () => 1, sum)(operation.selectionSet);
      if (rootFields > maxRootFields) {
        context.reportError(
          refusal(
            ErrorCode.TOO_MANY_ROOT_FIELDS,
            `La richiesta chiede ${rootFields} campi di primo livello: il massimo è ${maxRootFields}.`,
            { limit: maxRootFields, rootFields },
            operation,
          ),
        );
      }
      return false;
    },
  });
}
