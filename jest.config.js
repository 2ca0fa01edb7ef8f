// One jest run over every tier: unit (pure rules, components), integration (the BFF against a
// real database: SQLite, or MariaDB when TEST_DATABASE_URL is set), end-to-end (test/) and
// multi-instance (several BFF processes on one MariaDB and Redis, test/multi-instance/).
/** @type {import('jest').Config} */
module.exports = {
  projects: [
    require('./packages/domain/jest.config.js'),
    require('./packages/approval-sim/jest.config.js'),
    ...require('./bff/jest.config.js').projects,
    require('./miniapp/jest.config.js'),
    require('./test/jest.config.js'),
    require('./test/jest.multi-instance.config.js'),
  ],
};
