/** The flags of the riconciliazione capitoli: one vocabulary for the add-in and the server's .xlsx download. */
export * from '../../../server/src/common/reconciliation-flags';
