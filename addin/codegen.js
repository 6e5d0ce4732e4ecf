/** graphql-codegen configuration: operation types and documents of the add-in from schema.graphql (`npm run codegen`). */
const path = require('node:path');

const root = path.join(__dirname, '..');

/** Where the generated file goes; test/addin/platform/codegen.test.ts compares it with a fresh generation. */
const OUTPUT = path.join(__dirname, 'src/api/generated/operations.ts');

module.exports = {
  overwrite: true,
  silent: true,
  schema: path.join(root, 'schema.graphql'),
  documents: path.join(__dirname, 'src/api/operations/*.graphql'),
  generates: {
    [OUTPUT]: {
      plugins: ['typescript-operations', path.join(__dirname, 'src/api/codegen/typed-documents-plugin.js')],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars: { Decimal: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>', ID: 'string' },
        skipTypename: true,
      },
    },
  },
};
module.exports.OUTPUT = OUTPUT;
