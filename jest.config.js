// Jest runs the TypeScript sources through SWC (fast, and independent of Taro's babel set-up).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // The client's alias for the shared domain code (config/index.ts, tsconfig paths).
  moduleNameMapper: { '^@domain$': '<rootDir>/domain', '^@domain/(.*)$': '<rootDir>/domain/$1' },
  testTimeout: 30000,
}
