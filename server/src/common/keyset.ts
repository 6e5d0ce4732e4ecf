import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ConnectionResult, decodeCursor, encodeCursor, PageRequest } from './connection';

/**
 * Runs a keyset-paginated query ordered by (sortExpr, idExpr): stable under inserts, no OFFSET.
 * `keyOf` reads a row's sort key as a string (the same text the cursor stores).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: PageRequest,
  sortExpr: string,
  idExpr: string,
  keyOf: (row: T) => string,
  idOf: (row: T) => number,
): Promise<ConnectionResult<T>> {
  const totalCount = await qb.clone().getCount();
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
  const rows = await q.getMany();
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (!forward) pageRows.reverse();
  const edges = pageRows.map((node) => ({ cursor: encodeCursor(keyOf(node), idOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: forward ? hasMore : page.cursor !== null,
      hasPreviousPage: forward ? page.cursor !== null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
