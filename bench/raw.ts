import BetterSqlite3 from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { SQLITE_MMAP_BYTES } from '../server/src/db/data-source';

/** The raw driver (better-sqlite3 or mysql2) behind the floors: no ORM, no GraphQL. */
export interface RawDb {
  dialect: 'sqlite' | 'mysql';
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs work in one transaction on one connection. */
  tx(work: (exec: (sql: string, params?: unknown[]) => Promise<void>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** Opens the raw driver on a pegaso DATABASE_URL (sqlite:<file> or mysql://...). */
export function openRaw(url: string, connections = 10): RawDb {
  if (url.startsWith('sqlite:')) {
    const db = new BetterSqlite3(url.slice('sqlite:'.length));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 10000');
    db.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`); // as the server: the floor gets every advantage pegaso has
    const cache = new Map<string, BetterSqlite3.Statement>();
    const prep = (sql: string) => cache.get(sql) ?? cache.set(sql, db.prepare(sql)).get(sql)!;
    return {
      dialect: 'sqlite',
      all: async <T>(sql: string, params: unknown[] = []) => prep(sql).all(...params) as T[],
      tx: async (work) => {
        db.exec('BEGIN IMMEDIATE');
        try {
          await work(async (sql, params = []) => void prep(sql).run(...params));
          db.exec('COMMIT');
        } catch (err) {
          db.exec('ROLLBACK');
          throw err;
        }
      },
      close: async () => {
        db.close();
      },
    };
  }
  const pool = mysql.createPool({ uri: url, connectionLimit: connections, supportBigNumbers: true, bigNumberStrings: true, dateStrings: true });
  return {
    dialect: 'mysql',
    all: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params))[0] as T[],
    tx: async (work) => {
      const conn = await pool.getConnection();
      try {
        await conn.beginTransaction();
        await work(async (sql, params = []) => void (await conn.query(sql, params)));
        await conn.commit();
      } catch (err) {
        await conn.rollback();
        throw err;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

const VALUE_COLS = 'v.id, v.indicatorId, v.version, v.role, v.year, v.period, v.raw, v.kind, v.numberValue';
const PHASE_COLS = 'ph.id, ph.version, ph.position, ph.description, ph.weight, ph.progress, ph.plannedStart, ph.plannedEnd, ph.actualStart, ph.actualEnd, ph.note, ph.cause';
const INDICATOR_COLS = 'i.id, i.version, i.position, i.description, i.type, i.unit, i.note, i.polarity';

type Row = Record<string, unknown>;

/** Groups values under their indicators (the shape the add-in needs). */
function attachValues(indicators: Row[], values: Row[]): Row[] {
  const byIndicator = new Map<unknown, Row[]>();
  for (const v of values) (byIndicator.get(v.indicatorId) ?? byIndicator.set(v.indicatorId, []).get(v.indicatorId)!).push(v);
  for (const i of indicators) i.values = byIndicator.get(i.id) ?? [];
  return indicators;
}

/**
 * Floor of the list-mode pull: the rows of the add-in's Elenco (objectives with their CdR,
 * indicators with the expected value and the achieved value of a period, phases) in four queries.
 * The current year of an indicator is the latest year with an expected value, as in pegaso.
 */
export async function floorPull(raw: RawDb, viewCode: string, period: string): Promise<{ objectives: number; indicators: number; achieved: number; phases: number }> {
  const from = (t: string, a: string) => `FROM ${t} ${a} JOIN objective o ON o.id = ${a}.objectiveId JOIN planning_view pv ON pv.id = o.planningViewId WHERE pv.code = ?`;
  const objectives = await raw.all(
    `SELECT o.code, o.title, o.workflowState, rc.name AS cdrName FROM objective o JOIN planning_view pv ON pv.id = o.planningViewId
     LEFT JOIN responsibility_center rc ON rc.id = o.responsibilityCenterId WHERE pv.code = ? ORDER BY o.code, o.id`,
    [viewCode],
  );
  const indicators = await raw.all(`SELECT o.code AS objectiveCode, i.id, i.version, i.position, i.description, i.type, i.note ${from('indicator', 'i')} ORDER BY o.code, i.id`, [viewCode]);
  const values = await raw.all(`SELECT v.id, v.indicatorId, v.version, v.role, v.year, v.period, v.raw, v.kind FROM indicator_value v JOIN indicator i ON i.id = v.indicatorId JOIN objective o ON o.id = i.objectiveId JOIN planning_view pv ON pv.id = o.planningViewId WHERE pv.code = ?`, [viewCode]);
  const phases = await raw.all(`SELECT o.code AS objectiveCode, ${PHASE_COLS} ${from('phase', 'ph')} ORDER BY o.code, ph.id`, [viewCode]);
  attachValues(indicators, values);
  let achieved = 0;
  for (const i of indicators) {
    const vs = i.values as Row[];
    const years = vs.filter((v) => v.role === 'EXPECTED').map((v) => Number(v.year));
    const year = Math.max(...(years.length ? years : vs.map((v) => Number(v.year))));
    i.expected = vs.find((v) => v.role === 'EXPECTED' && Number(v.year) === year && v.period === 'FINAL') ?? null;
    i.achieved = vs.find((v) => v.role === 'ACHIEVED' && Number(v.year) === year && v.period === period) ?? null;
    if (i.achieved) achieved++;
  }
  return { objectives: objectives.length, indicators: indicators.length, achieved, phases: phases.length };
}

/** Floor of one complete scheda: the objective by key with CdR and responsible, phases, indicators with values, budget lines. */
export async function floorScheda(raw: RawDb, viewCode: string, code: string): Promise<Row | null> {
  const [o] = await raw.all(
    `SELECT o.id, o.code, o.title, o.kind, o.type, o.status, o.assessorato, o.workflowState, o.version, o.declaredIncomeCents, o.declaredExpenseCents, o.declaredBalanceCents,
       rc.code AS cdrCode, rc.name AS cdrName, p.displayName AS responsible
     FROM objective o JOIN planning_view pv ON pv.id = o.planningViewId
     LEFT JOIN responsibility_center rc ON rc.id = o.responsibilityCenterId LEFT JOIN person p ON p.id = o.responsibleId
     WHERE pv.code = ? AND o.code = ?`,
    [viewCode, code],
  );
  if (!o) return null;
  const id = o.id;
  o.phases = await raw.all(`SELECT ${PHASE_COLS} FROM phase ph WHERE ph.objectiveId = ? ORDER BY ph.position, ph.id`, [id]);
  const indicators = await raw.all(`SELECT ${INDICATOR_COLS} FROM indicator i WHERE i.objectiveId = ? ORDER BY i.position, i.id`, [id]);
  // By the ids just read: the join ordered by value columns makes MariaDB sort in an on-disk temporary table.
  const ids = indicators.map((i) => i.id);
  const values = ids.length === 0 ? [] : await raw.all(`SELECT ${VALUE_COLS} FROM indicator_value v WHERE v.indicatorId IN (${ids.map(() => '?').join(', ')}) ORDER BY v.year, v.role, v.period, v.id`, ids);
  o.indicators = attachValues(indicators, values);
  o.budgetLines = await raw.all(
    `SELECT b.id, b.position, b.direction, b.year, b.budgetCode, b.chapter, b.article, b.competence, b.description, b.amountCents FROM budget_line b WHERE b.objectiveId = ? ORDER BY b.position, b.id`,
    [id],
  );
  return o;
}

/** Floor of the push: the same rows updated by the raw driver in one transaction (bulk CASE on MySQL, a prepared UPDATE per row on SQLite). */
export async function floorPush(raw: RawDb, changes: Array<{ id: number; raw: string; number: string }>): Promise<void> {
  await raw.tx(async (exec) => {
    if (raw.dialect === 'sqlite') {
      for (const c of changes) await exec('UPDATE indicator_value SET raw = ?, numberValue = ?, version = version + 1 WHERE id = ?', [c.raw, c.number, c.id]);
      return;
    }
    for (let i = 0; i < changes.length; i += 1000) {
      const chunk = changes.slice(i, i + 1000);
      const cases = chunk.map(() => 'WHEN ? THEN ?').join(' ');
      await exec(
        `UPDATE indicator_value SET raw = CASE id ${cases} END, numberValue = CASE id ${cases} END, version = version + 1 WHERE id IN (${chunk.map(() => '?').join(',')})`,
        [...chunk.flatMap((c) => [c.id, c.raw]), ...chunk.flatMap((c) => [c.id, c.number]), ...chunk.map((c) => c.id)],
      );
    }
  });
}
