import { ConfigError, loadConfig, parseDatabaseUrl } from '../../server/src/config';

describe('configuration', () => {
  it('defaults to the embedded SQLite file and port 4000', () => {
    const c = loadConfig({});
    expect(c.database).toMatchObject({ dialect: 'sqlite' });
    expect(c.database.dialect === 'sqlite' && c.database.file.endsWith('data/pegaso.sqlite')).toBe(true);
    expect(c.port).toBe(4000);
  });

  it('reads a MySQL URL with its database', () => {
    expect(parseDatabaseUrl('mysql://peg:secret@db.comune.local:3307/pegaso')).toMatchObject({ dialect: 'mysql', host: 'db.comune.local', port: 3307, database: 'pegaso', user: 'peg' });
  });

  it.each([
    ['postgres://x/y', 'DATABASE_URL'],
    ['mysql://host-without-db', 'DATABASE_URL'],
    ['sqlite:', 'DATABASE_URL'],
  ])('refuses DATABASE_URL=%s naming the setting', (url, setting) => {
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(new RegExp(`^${setting}: .*use sqlite:`));
  });

  it('never prints the password of a refused URL', () => {
    expect(() => parseDatabaseUrl('mysql://u:topsecret@host')).toThrow(/u:\*\*\*@host/);
  });

  it.each(['abc', '70000', '-1'])('refuses PORT=%s', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(/^PORT: .*1 to 65535/);
  });

  it('refuses an unknown LOG_LEVEL and half a TLS configuration', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL/);
    expect(() => loadConfig({ TLS_CERT_FILE: '/x.pem' })).toThrow(/^TLS_KEY_FILE/);
  });

  it('reads TRUST_PROXY as a boolean and refuses anything else', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'forse' })).toThrow(/^TRUST_PROXY: /);
  });

  it('runs queries on the direct executor unless DIRECT_EXECUTION is false', () => {
    expect(loadConfig({}).directExecution).toBe(true);
    expect(loadConfig({ DIRECT_EXECUTION: 'false' }).directExecution).toBe(false);
    expect(() => loadConfig({ DIRECT_EXECUTION: 'no' })).toThrow(/^DIRECT_EXECUTION: /);
  });

  it('trusts a valid token for AUTH_CACHE_SECONDS (default 5, 0 to read it on every request, at most 60)', () => {
    expect(loadConfig({}).authCacheSeconds).toBe(5);
    expect(loadConfig({ AUTH_CACHE_SECONDS: '0' }).authCacheSeconds).toBe(0);
    expect(loadConfig({ AUTH_CACHE_SECONDS: '2.5' }).authCacheSeconds).toBe(2.5);
    expect(() => loadConfig({ AUTH_CACHE_SECONDS: '61' })).toThrow(/^AUTH_CACHE_SECONDS: .*from 0 \(no cache\) to 60/);
    expect(() => loadConfig({ AUTH_CACHE_SECONDS: 'five' })).toThrow(/^AUTH_CACHE_SECONDS: /);
  });
});
