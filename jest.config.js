/** Unit tests sit beside the code; tests that need PostgreSQL get a database of their own per file. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/seeds'],
  testMatch: ['**/*.test.ts'],
  // oidc-provider and jose are published as ES modules only: compile them to CommonJS like our own code.
  transform: { '^.+\\.(ts|js)$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!(oidc-provider|jose)/)'],
  globalSetup: '<rootDir>/test/database/globalSetup.ts',
  globalTeardown: '<rootDir>/test/database/globalTeardown.ts',
  testTimeout: 30000,
}
