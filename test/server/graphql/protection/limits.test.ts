import { ConfigError, loadConfig } from '../../../../server/src/config';
import { DEFAULT_GRAPHQL_LIMITS, MAX_LIST_ITEMS } from '../../../../server/src/graphql/protection/limits';

describe('GraphQL limit settings', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadConfig({}).graphqlLimits).toEqual({ maxDepth: 12, maxCost: 25000, maxAliases: 30, maxRootFields: 20, maxListItems: 5000 });
    expect(loadConfig({}).graphqlLimits).toEqual(DEFAULT_GRAPHQL_LIMITS);
  });

  it('reads GRAPHQL_MAX_* from the environment', () => {
    const limits = loadConfig({ GRAPHQL_MAX_COST: '20000', GRAPHQL_MAX_DEPTH: '15', GRAPHQL_MAX_LIST_ITEMS: '10000' }).graphqlLimits;
    expect(limits).toMatchObject({ maxCost: 20000, maxDepth: 15, maxListItems: 10000, maxAliases: 30 });
  });

  it('refuses a value that is not a whole number, naming the setting', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_COST: 'molto' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPHQL_MAX_ALIASES: '2.5' })).toThrow(/GRAPHQL_MAX_ALIASES: "2.5" is not a usable limit/);
  });

  it(`refuses a list limit under ${MAX_LIST_ITEMS}, the biggest legitimate push`, () => {
    expect(() => loadConfig({ GRAPHQL_MAX_LIST_ITEMS: '100' })).toThrow(new RegExp(`at least ${MAX_LIST_ITEMS}`));
  });
});
