/** The only code that touches Excel.*: writing layouts, reading values, marking cells, storing snapshots. */
export * from './mark-cells';
export * from './read-sheet';
export * from './snapshot-store';
export * from './styles';
export * from './write-layout';
