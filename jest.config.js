// Jest runs the TypeScript sources through SWC (fast, and independent of Taro's babel set-up).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // The app's alias for the shared domain (config/index.ts), for tests that load client modules.
  moduleNameMapper: { '^@domain$': '<rootDir>/domain', '^@domain/(.*)$': '<rootDir>/domain/$1' },
  // toSucceed() and toFailWith(code) for the backend's {ok} answers.
  setupFilesAfterEnv: ['<rootDir>/test/support/matchers.ts'],
  testTimeout: 30000,
}
