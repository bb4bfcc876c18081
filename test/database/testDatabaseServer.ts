/** Names shared by the global setup (which prepares the server) and the test files (which use it). */
export const TEMPLATE_DATABASE = 'rrpse_test_template'
export const TEST_DATABASE_PREFIX = 'rrpse_test_'
/** Set by the global setup for the test workers: a connection string to the server's admin database. */
export const ADMIN_URL_VARIABLE = 'RRPSE_TEST_ADMIN_URL'
