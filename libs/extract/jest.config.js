module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'extract',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
