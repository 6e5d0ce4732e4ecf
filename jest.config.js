/**
 * Jest projects:
 * - unit: every `*.test.ts` that is not an integration test;
 * - e2e: every `*.e2e.test.ts` (headless Chromium against the built server, serialised by a lock;
 *   left out with a loud SKIPPED line when chromium is missing, never under CI=true);
 * - sqlite / mariadb: every `*.int.test.ts`, run unchanged on a fresh embedded SQLite per test file
 *   and on a throwaway mariadbd that the harness starts itself (test/support/mariadb-global-setup.ts).
 * Without mariadbd on a laptop the mariadb project is left out with a loud SKIPPED line; under
 * CI=true it is always included, so a missing server fails the run.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');

const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }] };
const common = {
  testEnvironment: 'node',
  transform,
  setupFiles: ['reflect-metadata'],
  transformIgnorePatterns: ['/node_modules/(?!(uuid|strip-bom)/)'],
};

function hasMariadb() {
  try {
    execSync('command -v mariadbd || test -x /usr/sbin/mariadbd', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

const projects = [
  { ...common, displayName: 'unit', roots: ['<rootDir>/test'], testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'] },
  { ...common, displayName: 'sqlite', roots: ['<rootDir>/test'], testMatch: ['**/*.int.test.ts'], setupFiles: [...common.setupFiles, '<rootDir>/test/support/env-sqlite.ts'] },
];

// Browser tests against the built server (npm run build first); test/support/browser.ts runs them one at a time.
if (process.env.CI === 'true' || fs.existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) {
  projects.push({ ...common, displayName: 'e2e', roots: ['<rootDir>/test'], testMatch: ['**/*.e2e.test.ts'], testTimeout: 120000 });
} else {
  const bar = '='.repeat(78);
  console.warn(`\n${bar}\n  SKIPPED: add-in browser (e2e) suite — chromium not found at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}.\n  Install it (apt-get install -y chromium) to run it; under CI=true it is never skipped.\n${bar}\n`);
}

if (process.env.CI === 'true' || hasMariadb()) {
  projects.push({
    ...common,
    displayName: 'mariadb',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.int.test.ts'],
    setupFiles: [...common.setupFiles, '<rootDir>/test/support/env-mariadb.ts'],
    globalSetup: '<rootDir>/test/support/mariadb-global-setup.ts',
    globalTeardown: '<rootDir>/test/support/mariadb-global-teardown.ts',
  });
} else {
  const bar = '='.repeat(78);
  console.warn(`\n${bar}\n  SKIPPED: MariaDB integration suite — mariadbd not found on this machine.\n  Install it (apt-get install -y mariadb-server) to run it; under CI=true it is never skipped.\n${bar}\n`);
}

module.exports = { projects, testTimeout: 60000 };
