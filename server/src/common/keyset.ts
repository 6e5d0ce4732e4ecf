import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ConnectionResult, decodeCursor, Edge, encodeCursor, PageRequest } from './connection';

interface Cursors<R> {
  keyOf: (row: R) => string;
  idOf: (row: R) => number;
}

/** An edge whose cursor is encoded when read: the Elenco reads the end cursor of a page, not 1,000 of them. */
class KeysetEdge<R> implements Edge<R> {
  constructor(
    readonly node: R,
    private readonly cursors: Cursors<R>,
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursors.keyOf(this.node), this.cursors.idOf(this.node));
  }
}

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
    // (key, id) after the cursor's, written so that the key alone bounds an index range: the
    // database seeks to the cursor instead of walking every row before it.
    q.andWhere(`${sortExpr} ${cmp}= :cursorKey AND (${sortExpr} ${cmp} :cursorKey OR ${idExpr} ${cmp} :cursorId)`, {
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
  const cursors: Cursors<R> = { keyOf, idOf };
  const edges = pageRows.map((node) => new KeysetEdge(node, cursors));
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
