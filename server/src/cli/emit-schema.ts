/** Writes schema.graphql at the repo root from the code-first schema (sorted): `npm run schema`. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../graphql/schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../../../schema.graphql');

printSortedSchema()
  .then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
