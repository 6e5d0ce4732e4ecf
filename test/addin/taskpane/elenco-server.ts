import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, graphql } from 'graphql';
import type { ApiClient } from '../../../addin/src/api/client';

const SCHEMA = buildSchema(fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8'));
/** The server's page size limit (server/src/common/connection.ts MAX_PAGE_SIZE). */
const MAX_PAGE = 1000;

export interface FakeObjective {
  code: string;
  title: string | null;
  workflowState: 'DRAFT' | 'VALIDATED';
  center: string | null;
}

/** An indicator row as the database holds it: dbId orders rows of a scheda on the list connections. */
export interface FakeIndicator {
  dbId: number;
  code: string;
  position: number;
  description: string;
  /** Achieved values by monitoring period ("FINAL", "06-30"); a period absent here has none. */
  achieved: Record<string, { id: string; version: number; raw: string | null }>;
}

export interface FakePhase {
  dbId: number;
  code: string;
  position: number;
  description: string;
  progress: string | null;
}

export interface FakeData {
  objectives: FakeObjective[];
  indicators: FakeIndicator[];
  phases: FakePhase[];
}

export interface Recorded {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * A planning view of `objectives` schede, each with a varying number of indicators and phases whose
 * positions do not follow their database ids (the list connections return rows by objective code
 * then id, so the add-in must reorder them), a tie of positions, and values for two periods.
 */
export function bigView(objectives: number): FakeData {
  const data: FakeData = { objectives: [], indicators: [], phases: [] };
  // database ids grow in an order unrelated to objective codes, as after years of edits
  let nextId = 1;
  const codes = Array.from({ length: objectives }, (_, i) => `2020_A${String(i + 1).padStart(4, '0')}_00`);
  for (const [i, code] of [...codes.entries()].reverse()) {
    data.objectives.push({ code, title: `Obiettivo ${i + 1}`, workflowState: i % 9 === 0 ? 'VALIDATED' : 'DRAFT', center: i % 3 === 0 ? null : `CDR ${i % 5}` });
    const nInd = i % 7;
    for (let n = 0; n < nInd; n++) {
      const dbId = nextId++;
      // reversed printed positions, and a tie (3, 3) when there are 4 or more
      const position = nInd >= 4 && n === 0 ? nInd - 1 : nInd - n;
      data.indicators.push({
        dbId,
        code,
        position,
        description: `Indicatore db${dbId}`,
        achieved: {
          FINAL: { id: `IVF${dbId}`, version: 1, raw: `F${dbId}` },
          ...(n % 4 === 3 ? {} : { '06-30': { id: `IVS${dbId}`, version: 2, raw: `S${dbId}` } }),
        },
      });
    }
    const nPh = (i * 7) % 4;
    for (let n = 0; n < nPh; n++) {
      const dbId = nextId++;
      data.phases.push({ dbId, code, position: nPh - n, description: `Fase db${dbId}`, progress: `${(dbId % 10) * 10}.00` });
    }
  }
  data.objectives.sort((a, b) => a.code.localeCompare(b.code));
  return data;
}

/** Rows in the order the list connections return them: objective code, then database id. */
export function serverOrder<T extends { code: string; dbId: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.code.localeCompare(b.code) || a.dbId - b.dbId);
}

/** Rows in the order users see them: objective code, then printed position, then database id. */
export function printedOrder<T extends { code: string; position: number; dbId: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.code.localeCompare(b.code) || a.position - b.position || a.dbId - b.dbId);
}

function connection<T>(items: T[], args: { first?: number; after?: string | null }) {
  if (args.first === undefined || args.first < 1 || args.first > MAX_PAGE) throw new Error(`PAGE_SIZE_TOO_LARGE: first=${args.first}`);
  const start = args.after ? Number(args.after.replace(/^cursor:/, '')) + 1 : 0;
  const page = items.slice(start, start + args.first);
  const edges = page.map((node, i) => ({ cursor: `cursor:${start + i}`, node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: { hasNextPage: start + page.length < items.length, hasPreviousPage: start > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * An ApiClient that runs the add-in's documents with graphql-js against schema.graphql (so a field
 * or argument the schema lacks fails) over `data`, paging like the server, and records every request.
 */
export function fakeApi(data: FakeData): { api: ApiClient; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const objectiveNode = (o: FakeObjective) => ({ id: `O:${o.code}`, code: o.code, title: o.title, workflowState: o.workflowState, responsibilityCenter: o.center ? { code: o.center, name: o.center } : null });
  const byCode = new Map(data.objectives.map((o) => [o.code, o]));
  type Filter = { planningView?: string; responsibilityCenter?: string; codes?: string[] } | undefined;
  const selected = (filter: Filter) => {
    if (filter?.planningView !== 'DUP_2020_2022') return new Set<string>();
    return new Set(data.objectives.filter((o) => (!filter.responsibilityCenter || o.center === filter.responsibilityCenter) && (!filter.codes || filter.codes.includes(o.code))).map((o) => o.code));
  };
  const rootValue = {
    objectives: (a: { filter: Filter; first?: number; after?: string | null }) => {
      const codes = selected(a.filter);
      return connection(data.objectives.filter((o) => codes.has(o.code)).map(objectiveNode), a);
    },
    indicators: (a: { filter: Filter; first?: number; after?: string | null }) => {
      const codes = selected(a.filter);
      const rows = serverOrder(data.indicators.filter((i) => codes.has(i.code)));
      return connection(
        rows.map((i) => ({
          id: `I:${i.dbId}`,
          version: 1,
          position: i.position,
          description: i.description,
          type: 'EFFICACIA',
          note: null,
          year: 2020,
          objective: objectiveNode(byCode.get(i.code)!),
          expected: { raw: '1', kind: 'NUMBER' },
          achievedFor: ({ period }: { period: string }) => (i.achieved[period] ? { ...i.achieved[period], kind: 'NUMBER' } : null),
        })),
        a,
      );
    },
    phases: (a: { filter: Filter; first?: number; after?: string | null }) => {
      const codes = selected(a.filter);
      const rows = serverOrder(data.phases.filter((p) => codes.has(p.code)));
      return connection(
        rows.map((p) => ({
          id: `P:${p.dbId}`,
          version: 3,
          position: p.position,
          description: p.description,
          weight: '10.00',
          progress: p.progress,
          plannedStart: '2020-01-01',
          plannedEnd: '2020-12-31',
          actualStart: null,
          actualEnd: null,
          note: null,
          objective: objectiveNode(byCode.get(p.code)!),
        })),
        a,
      );
    },
  };
  const api: ApiClient = {
    baseUrl: 'http://fake',
    async request(document, variables) {
      requests.push({ operationName: document.operationName, variables: variables as Record<string, unknown> });
      const r = await graphql({ schema: SCHEMA, source: document.document, rootValue, variableValues: variables as Record<string, unknown> });
      if (r.errors?.length) throw new Error(r.errors.map((e) => e.message).join('; '));
      return r.data as never;
    },
  };
  return { api, requests };
}
