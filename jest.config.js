// One jest run over every tier: unit (pure rules, components), integration (the BFF against a
// real database: SQLite, or MariaDB when TEST_DATABASE_URL is set) and end-to-end (test/).
/** @type {import('jest').Config} */
module.exports = {
  projects: [
    require('./packages/domain/jest.config.js'),
    require('./packages/approval-sim/jest.config.js'),
    ...require('./bff/jest.config.js').projects,
    require('./miniapp/jest.config.js'),
    require('./test/jest.config.js'),
  ],
};
