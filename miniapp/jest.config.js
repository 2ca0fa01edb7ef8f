// Unit tests of the mini-program (jsdom). Works from miniapp/ (`pnpm test`) and from the repo root
// (`npx jest --config miniapp/jest.config.js`, or as a project of a root jest config).
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'miniapp',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j)sx?$': ['babel-jest', { configFile: path.join(__dirname, 'babel.config.js') }],
    '^.+\\.mjs$': ['babel-jest', { configFile: path.join(__dirname, 'babel.config.js') }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(@tarojs|@stencil|tslib|swiper|@urql|wonka|@0no-co)/)',
  ],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@/(.*)$': '<rootDir>/src/$1',
    // Shared pure rules, from source (as in config/index.ts): no build of packages/domain needed.
    '^@shizhong/domain$': '<rootDir>/../packages/domain/src/index.ts',
    '\\.(css|scss)$': '<rootDir>/src/test-utils/style-stub.js',
  },
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: false,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react',
    API_BASE_URL: 'https://api.test.invalid',
    APP_VERSION: '0.0.0-test',
  },
  setupFiles: ['<rootDir>/src/test-utils/setup-env.js'],
};
