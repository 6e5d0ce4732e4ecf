import fs from 'node:fs';
import path from 'node:path';

/** The GraphQL documents the bench sends: what the add-in asks for. */

const VALUE = 'id version year period raw kind number';

/**
 * The add-in's Elenco (list mode) documents, read from the add-in's own operations file so the
 * bench sends exactly what the add-in sends: PullElencoObjectives, PullElencoIndicators, PullElencoPhases.
 */
export const ELENCO = fs.readFileSync(path.join(__dirname, '../../../addin/src/api/operations/elenco.graphql'), 'utf8');

export { ELENCO_PAGE_SIZE } from '../addin/src/api/elenco';

/** One complete scheda, as the floor server returns it. */
export const SCHEDA = `query Scheda($view: String!, $code: String!) {
  objective(planningView: $view, code: $code) {
    id code title kind type status assessorato workflowState version
    declaredTotals { income expense balance }
    responsibilityCenter { code name } responsible { displayName }
    phases { id version position description weight progress plannedStart plannedEnd actualStart actualEnd note cause }
    indicators { id version position description type unit note polarity values { ${VALUE} role } }
    budgetLines { id position direction year budgetCode chapter article competence description amount }
  }
}`;

/** A push of achieved values; the add-in reads the outcome and new version of every row. */
export const PUSH = `mutation Push($input: PushChangesInput!) {
  pushChanges(input: $input) { status appliedCount results { index outcome version } userErrors { index code message } }
}`;
