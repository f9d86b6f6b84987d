// Cloud mode end to end: the bundled cloud functions (npm run build:cloud) on the real
// wx-server-sdk against the CloudBase emulator. Run after `npm run build:cloud` and
// `npm run build:weapp`. Named *.cloud.ts so the plain `jest` run does not pick it up.
const base = require('./jest.config.js')

module.exports = {
  ...base,
  roots: ['<rootDir>/test/cloud'],
  testMatch: ['<rootDir>/test/cloud/**/*.cloud.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // The bundles are loaded as deploy uploads them, not recompiled.
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/cloudfunctions/'],
  testTimeout: 120000,
}
