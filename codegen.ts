/**
 * GraphQL Code Generator: typed documents for the widgets from the committed `schema.graphql`.
 *
 * `npm run codegen` reads every `graphql(`…`)` call in `widgets/src/**\/*.ts` (tests excepted) and writes
 * `widgets/src/gql/` (committed). Widgets import `graphql` from there and get typed
 * `TypedDocumentString`s: the query text plus its result and variable types, so the browser bundle
 * needs no graphql-js to print documents.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Not the tests: `graphql()` keeps every document it knows in one map, so test operations would ship
  // in the bundle. Tests write theirs with `testDocument()` from widgets/src/shared/testing.ts.
  documents: ['widgets/src/**/*.ts', '!widgets/src/**/*.test.ts', '!widgets/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'widgets/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Widgets are small; fragment masking would only add ceremony.
        fragmentMasking: false,
      },
      config: {
        // Strings, not ASTs: the client sends `String(document)`.
        documentMode: 'string',
        // NodeNext resolution: relative imports carry `.js`.
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        // Only what the widgets' operations use, so other modules' schema changes don't churn this output.
        onlyOperationTypes: true,
        scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
        strictScalars: false,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
