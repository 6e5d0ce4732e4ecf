import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ConnectionResult, decodeCursor, encodeCursor, PageRequest } from './connection';

/**
 * Runs a keyset-paginated query ordered by (sortExpr, idExpr): stable under inserts, no OFFSET.
 * `keyOf` reads a row's sort key as a string (the same text the cursor stores). `fetch` runs the
 * page query (default: entities through the ORM). `totalCount` is counted only if a client asks
 * for it: a COUNT over the whole filter costs as much as the page again, on every page.
 */
export async function paginate<T extends ObjectLiteral, R = T>(
  qb: SelectQueryBuilder<T>,
  page: PageRequest,
  sortExpr: string,
  idExpr: string,
  keyOf: (row: R) => string,
  idOf: (row: R) => number,
  fetch: (q: SelectQueryBuilder<T>) => Promise<R[]> = (q) => q.getMany() as unknown as Promise<R[]>,
): Promise<ConnectionResult<R>> {
  const counter = qb.clone();
  let count: Promise<number> | null = null;
  const forward = page.direction === 'forward';
  const cmp = forward ? '>' : '<';
  const q = qb.clone();
  if (page.cursor) {
    const c = decodeCursor(page.cursor);
    q.andWhere(`(${sortExpr} ${cmp} :cursorKey OR (${sortExpr} = :cursorKey AND ${idExpr} ${cmp} :cursorId))`, {
      cursorKey: c.key,
      cursorId: c.id,
    });
  }
  const dir = forward ? 'ASC' : 'DESC';
  q.orderBy(sortExpr, dir).addOrderBy(idExpr, dir).limit(page.size + 1);
  const rows = await fetch(q);
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (!forward) pageRows.reverse();
  const edges = pageRows.map((node) => ({ cursor: encodeCursor(keyOf(node), idOf(node)), node }));
  return {
    edges,
    get totalCount() {
      return (count ??= counter.getCount());
    },
    pageInfo: {
      hasNextPage: forward ? hasMore : page.cursor !== null,
      hasPreviousPage: forward ? page.cursor !== null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
