// End-to-end tests against a real Neo4j (chosen once per run in support/global-setup.ts), the API
// and a real browser. Every *.spec.ts under tests/ runs, one file at a time.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 30,
};
