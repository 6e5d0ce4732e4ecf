import { ConfigError, loadConfig } from '../../../../server/src/config';

describe('SESSION_TTL_HOURS', () => {
  it('defaults to 12 hours, accepts fractions and refuses nonsense naming the setting', () => {
    expect(loadConfig({}).sessionTtlHours).toBe(12);
    expect(loadConfig({ SESSION_TTL_HOURS: '0.5' }).sessionTtlHours).toBe(0.5);
    for (const bad of ['dodici', '0', '-3', '1000']) {
      expect(() => loadConfig({ SESSION_TTL_HOURS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ SESSION_TTL_HOURS: bad })).toThrow(/^SESSION_TTL_HOURS: /);
    }
  });
});
