// babel-preset-taro (https://docs.taro.zone/docs/next/babel-config)
const path = require('node:path');
const { babelOptimizerPlugin } = require('@graphql-codegen/client-preset');

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  // Each `graphql(`…`)` becomes an import of its own document from src/gql/graphql.ts, so a page
  // ships only its operations — not the map of every operation in the app (src/gql/gql.ts),
  // which otherwise lands in the main package.
  plugins: [
    [
      babelOptimizerPlugin,
      { artifactDirectory: path.join(__dirname, 'src', 'gql'), gqlTagName: 'graphql' },
    ],
  ],
};
