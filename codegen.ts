/**
 * GraphQL Code Generator: typed documents for the widgets and the staff dashboard from the committed
 * `schema.graphql`.
 *
 * `npm run codegen` reads every `graphql(`…`)` call in `widgets/src/**\/*.ts` and `dashboard/src/**\/*.ts`
 * (tests excepted) and writes `widgets/src/gql/` and `dashboard/src/gql/` (committed), and the list of their
 * operation names for the API's metrics (`api/src/graphql/known-operations.ts`). Both apps import `graphql`
 * from their own folder and get typed
 * `TypedDocumentString`s: the query text plus its result and variable types, so the browser bundle
 * needs no graphql-js to print documents.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The same output settings for the widgets and the dashboard. */
const output = {
  preset: 'client',
  presetConfig: {
    // Fragment masking would only add ceremony here.
    fragmentMasking: false,
  },
  config: {
    // Strings, not ASTs: the client sends `String(document)`.
    documentMode: 'string',
    // NodeNext resolution: relative imports carry `.js`.
    emitLegacyCommonJSImports: false,
    useTypeImports: true,
    enumsAsTypes: true,
    // Only what the operations use, so other modules' schema changes don't churn this output.
    onlyOperationTypes: true,
    scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
    strictScalars: false,
    defaultScalarType: 'unknown',
  },
} as const;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    // Not the tests: `graphql()` keeps every document it knows in one map, so test operations would ship
    // in the bundle. Tests write theirs with `testDocument()` from widgets/src/shared/testing.ts.
    'widgets/src/gql/': {
      ...output,
      documents: ['widgets/src/**/*.ts', '!widgets/src/**/*.test.ts', '!widgets/src/gql/**'],
    },
    // The dashboard's own documents, in their own map: the widget bundle must not carry staff operations.
    'dashboard/src/gql/': {
      ...output,
      documents: ['dashboard/src/**/*.ts', '!dashboard/src/**/*.test.ts', '!dashboard/src/gql/**'],
    },
    // The names of both apps' operations, for the API's metrics labels (scripts/codegen-operation-names.mjs).
    'api/src/graphql/known-operations.ts': {
      documents: [
        'widgets/src/**/*.ts',
        '!widgets/src/**/*.test.ts',
        '!widgets/src/gql/**',
        'dashboard/src/**/*.ts',
        '!dashboard/src/**/*.test.ts',
        '!dashboard/src/gql/**',
      ],
      plugins: ['./scripts/codegen-operation-names.mjs'],
    },
  },
};

export default config;
