/**
 * Long reliability runs (`npm run soak`): every `soak/*.soak.ts`, bounded in time, loopback only.
 * `*.int.soak.ts` run on SQLite and on a throwaway mariadbd, like the integration tests; the others once.
 */
const path = require('node:path');

const root = path.join(__dirname, '..');
const common = {
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }] },
  setupFiles: ['reflect-metadata'],
  roots: ['<rootDir>/soak'],
};

module.exports = {
  testTimeout: 30 * 60_000,
  projects: [
    { ...common, displayName: 'soak', testMatch: ['**/*.soak.ts'], testPathIgnorePatterns: ['\\.int\\.soak\\.ts$'] },
    { ...common, displayName: 'soak-sqlite', testMatch: ['**/*.int.soak.ts'], setupFiles: [...common.setupFiles, '<rootDir>/test/support/env-sqlite.ts'] },
    {
      ...common,
      displayName: 'soak-mariadb',
      testMatch: ['**/*.int.soak.ts'],
      setupFiles: [...common.setupFiles, '<rootDir>/test/support/env-mariadb.ts'],
      globalSetup: '<rootDir>/test/support/mariadb-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/mariadb-global-teardown.ts',
    },
  ],
};
