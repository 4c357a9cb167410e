/** Tests run as ESM (the package is "type": "module"); ts-jest transpiles only, `npm run typecheck` checks types. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Builds the embedded database's data directory once per run (see the file).
  globalSetup: '<rootDir>/__tests__/helpers/globalSetup.mjs',
  // Removes the temporary directories tests made with helpers/tempDir.ts.
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/cleanup.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
};
