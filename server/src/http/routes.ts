import { addinRoute, officeJsRoute } from '../modules/addin/addin.routes';
import { reconciliationXlsxRoute } from '../modules/reconciliation/reconciliation.route';
import { Route, RouteDeps, sendJson } from './route';

/** The health route: 200 when the database answers, 503 otherwise (load balancers read it). */
function healthRoute({ db }: RouteDeps): Route {
  return {
    path: '/health',
    methods: ['GET', 'HEAD'],
    async handle(_req, res) {
      const up = await db.ping();
      sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' });
    },
  };
}

/** Every HTTP route besides /graphql. Modules add theirs here. */
export function buildRoutes(deps: RouteDeps): Route[] {
  return [healthRoute(deps), addinRoute(), officeJsRoute(), reconciliationXlsxRoute(deps)];
}
