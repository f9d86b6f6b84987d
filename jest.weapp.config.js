// WeChat runtime tests: the compiled dist/weapp run in a Node vm context with a stateful
// fake wx, against the real server dispatch on SQLite. Run after `npm run build:weapp`.
// Named *.weapp.ts so the plain `jest` run (which has no build) does not pick them up.
const base = require('./jest.config.js')

module.exports = {
  ...base,
  roots: ['<rootDir>/test/weapp'],
  testMatch: ['<rootDir>/test/weapp/**/*.weapp.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 60000,
}
