/**
 * Rows of the add-in's Elenco pull per request (operations in elenco.graphql): the server's page
 * limit, within its cost limit for these documents. The bench sends the same pages.
 */
export const ELENCO_PAGE_SIZE = 1000;
