import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { DomainError, ErrorCode } from './domain-error';

/**
 * The largest page a client may ask for. The add-in's Elenco pulls 1,000 indicators or phases a
 * request (a round trip per 100 made a big comune's pull 80 requests); the cost limit still bounds
 * what a page may select, so a page of 1,000 whole schede is refused.
 */
export const MAX_PAGE_SIZE = 1000;

@ObjectType({ description: 'Where a page stands in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow this page (paging forward).' })
  hasNextPage!: boolean;

  @Field({ description: 'More items precede this page (paging backward).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null on an empty page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (after \`after\`), 1 to ${MAX_PAGE_SIZE}. One of first/last is required.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (before \`before\`), 1 to ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue before.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  /** Counted when read (a getter): only requests that select it pay for the COUNT. */
  totalCount: number | Promise<number>;
}

/** Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>, description: string) {
  @ObjectType(`${name}Edge`, { description: `One item of a ${name}Connection with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at this position.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order, each with its cursor.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands and the cursors to move on.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The page a client asked for, validated: a direction, a size and an optional cursor. */
export interface PageRequest {
  direction: 'forward' | 'backward';
  size: number;
  cursor: string | null;
}

/** Validates first/last (required, 1..MAX_PAGE_SIZE) and the cursors that go with them. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const { first, last, after, before } = args;
  if ((first == null) === (last == null)) {
    throw new DomainError(ErrorCode.PAGE_SIZE_REQUIRED, `Indicare "first" oppure "last" (da 1 a ${MAX_PAGE_SIZE}), non entrambi.`);
  }
  const size = (first ?? last) as number;
  if (size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorCode.PAGE_SIZE_TOO_LARGE, `La pagina può contenere da 1 a ${MAX_PAGE_SIZE} elementi: richiesti ${size}.`, {
      max: MAX_PAGE_SIZE,
    });
  }
  if (first != null && before != null) throw new DomainError(ErrorCode.BAD_USER_INPUT, '"before" va usato con "last", non con "first".');
  if (last != null && after != null) throw new DomainError(ErrorCode.BAD_USER_INPUT, '"after" va usato con "first", non con "last".');
  return first != null ? { direction: 'forward', size, cursor: after ?? null } : { direction: 'backward', size, cursor: before ?? null };
}

/** A keyset cursor: the sort key and id of a row, opaque to clients. */
export function encodeCursor(key: string, id: number): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { key: string; id: number } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof key === 'string' && Number.isSafeInteger(id)) return { key, id: id as number };
  } catch {
    // fall through to the domain error
  }
  throw new DomainError(ErrorCode.INVALID_CURSOR, 'Cursore non valido: usare un cursore restituito da questa lista.');
}
