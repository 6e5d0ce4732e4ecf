/** The pure sync layer: layouts, snapshot, diff, validation, push planning and result mapping. */
export * from './a1';
export * from './cell-values';
export * from './diff';
export * from './elenco-layout';
export * from './layout';
export * from './push';
export * from './scheda-layout';
export * from './snapshot';
export * from './types';
export * from './validation';
