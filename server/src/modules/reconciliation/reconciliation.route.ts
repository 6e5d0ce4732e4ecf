import { DomainError, ErrorCode } from '../../common/domain-error';
import { HttpError, Route, RouteDeps, sendJson } from '../../http/route';
import { authenticateRequest } from '../user/auth-checker';
import { reconciliationWorkbook } from './reconciliation-xlsx';
import { ReconciliationService } from './reconciliation.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};

/**
 * GET /reports/riconciliazione.xlsx?planningView=DUP_2017_2019 (or ?year=2017): the capitoli
 * reconciliation as a workbook, for people without the add-in. Needs a signed-in user
 * (Authorization: Bearer).
 */
export function reconciliationXlsxRoute({ db }: RouteDeps): Route {
  return {
    path: '/reports/riconciliazione.xlsx',
    methods: ['GET'],
    async handle(req, res, url) {
      try {
        const user = await authenticateRequest(db, req);
        if (!user) return sendJson(res, 401, { error: 'Accesso richiesto: inviare il token (Authorization: Bearer).', code: ErrorCode.UNAUTHENTICATED });
        const yearText = url.searchParams.get('year');
        if (yearText !== null && !/^\d{4}$/.test(yearText)) throw new HttpError(400, `Esercizio non valido: ${yearText}`);
        const report = await new ReconciliationService(db).report({ planningView: url.searchParams.get('planningView'), year: yearText === null ? null : Number(yearText) });
        const body = await reconciliationWorkbook(report);
        const name = `riconciliazione-${report.planningView ?? report.year}.xlsx`.replace(/[^\w.-]/g, '_');
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="${name}"`,
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        res.end(body);
      } catch (err) {
        if (!(err instanceof DomainError) || !STATUS[err.code]) throw err;
        sendJson(res, STATUS[err.code]!, { error: err.message, code: err.code });
      }
    },
  };
}
