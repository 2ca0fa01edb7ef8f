/**
 * Multi-instance tests: several real BFF processes (built bff/dist) on one MariaDB database and
 * one Redis (test/support/bff-cluster.ts). They need TEST_REDIS_URL and MariaDB (see
 * test/support/multi-instance-services.ts): skipped loudly without them, failed with CI=true.
 */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'multi-instance',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/multi-instance/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/support/jest-setup.ts'],
  slowTestThreshold: 60,
};
