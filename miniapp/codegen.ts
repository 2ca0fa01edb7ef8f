import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed BFF schema. `CODEGEN_OUT_DIR` lets `codegen:check`
 * generate into a temporary folder and compare with the committed `src/gql/`.
 */
const outDir = process.env.CODEGEN_OUT_DIR ?? 'src/gql/';

const config: CodegenConfig = {
  schema: '../bff/schema.gql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    [outDir.endsWith('/') ? outDir : `${outDir}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
