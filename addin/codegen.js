/** graphql-codegen configuration: operation types and documents of the add-in from schema.graphql (`npm run codegen`). */
module.exports = {
  overwrite: true,
  schema: 'schema.graphql',
  documents: 'addin/src/api/operations/*.graphql',
  generates: {
    'addin/src/api/generated/operations.ts': {
      plugins: [
        'typescript-operations',
        './addin/src/api/codegen/typed-documents-plugin.js',
      ],
      config: {
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars: { Decimal: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>', ID: 'string' },
        skipTypename: true,
      },
    },
  },
  hooks: {},
};
