/** Unit tests sit beside the code; tests that need PostgreSQL get a database of their own per file. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/seeds'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/test/database/globalSetup.ts',
  globalTeardown: '<rootDir>/test/database/globalTeardown.ts',
  testTimeout: 30000,
}
