/** Tests run as ESM (the package is "type": "module"); ts-jest transpiles only, `npm run typecheck` checks types. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Once per run: the embedded database's data directory, the run directory (TMPDIR) and run id
  // for cluster roles, and with SCHEMAGATE_TEST_PG_VERSION a server of that version (see the files).
  globalSetup: '<rootDir>/__tests__/helpers/globalSetup.mjs',
  globalTeardown: '<rootDir>/__tests__/helpers/globalTeardown.mjs',
  // Removes the temporary directories tests made with helpers/tempDir.ts.
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/cleanup.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
};
