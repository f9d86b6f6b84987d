// Browser tests: headless Chromium (Debian package) against the local host serving the h5
// build. Run after `npm run build:h5`.
const base = require('./jest.config.js')

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  maxWorkers: 1,
}
