/** The GraphQL documents the bench sends: what the add-in asks for. */

const VALUE = 'id version year period raw kind number';

/** List mode, indicators: a page of indicators across the objectives of a view, with expected/achieved/previous. */
export const PULL_INDICATORS = `query PullIndicators($filter: ObjectiveFilter!, $first: Int!, $after: String) {
  indicators(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id version position description type unit note polarity year objective { code }
      expected { ${VALUE} } achieved { ${VALUE} } previous { ${VALUE} } } }
  }
}`;

/** List mode, phases: a page of phases across the objectives of a view. */
export const PULL_PHASES = `query PullPhases($filter: ObjectiveFilter!, $first: Int!, $after: String) {
  phases(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id version position description weight progress plannedStart plannedEnd actualStart actualEnd note cause objective { code } } }
  }
}`;

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
