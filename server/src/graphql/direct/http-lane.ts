import { DocumentNode, GraphQLSchema } from 'graphql';
import { cachedCost, withinCost } from '../protection/cost-limit';
import { checkVariableLists } from '../protection/input-list-limit';
import { GraphqlLimits } from '../protection/limits';
import { executeDirect } from './execute';
import { Plan } from './plan';

/** A query Apollo Server has parsed, validated, let through the limits and answered directly. */
interface KnownQuery {
  document: DocumentNode;
  operationName: string | undefined;
  plan: Plan;
}

/** A POST body the lane can take: a known query and its variables. */
export interface LaneRequest {
  known: KnownQuery;
  variables: Record<string, unknown> | undefined;
  contentType: string;
}

/** Query texts remembered at most (the add-in sends about twenty); the oldest goes first. */
const MAX_QUERIES = 500;
/** Accept headers remembered at most. */
const MAX_ACCEPTS = 50;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The direct lane: a repeat of a query that Apollo Server has already answered on the direct
 * executor (same text, same operation name) is answered again without Apollo's request pipeline.
 * What the pipeline decided once for the text (parse, validation, operation choice, plan) is reused;
 * what depends on the request is done again exactly as the plugins do it: the list-length and cost
 * limits with the request's variables, the variables' coercion, the execution, and `extensions.cost`
 * on the answer. The content type is the one Apollo chose for the same Accept header. Whatever
 * the lane does not take, or would answer with an error, goes through Apollo Server unchanged, so
 * every refusal and error is still Apollo's.
 */
export class DirectLane {
  private readonly queries = new Map<string, Map<string, KnownQuery>>();
  private readonly contentTypes = new Map<string, string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: GraphqlLimits,
  ) {}

  /** Remembers a query text Apollo has just answered through the direct executor. */
  remember(query: string, operationName: string | undefined, document: DocumentNode, plan: Plan): void {
    let byName = this.queries.get(query);
    if (!byName) {
      if (this.queries.size >= MAX_QUERIES) this.queries.delete(this.queries.keys().next().value as string);
      this.queries.set(query, (byName = new Map()));
    }
    byName.set(operationName ?? '', { document, operationName, plan });
  }

  /** Remembers the content type Apollo answered a JSON POST with, for its Accept header. */
  learnContentType(accept: string | undefined, contentType: string): void {
    const key = accept ?? '';
    if (this.contentTypes.get(key) === contentType) return;
    if (this.contentTypes.size >= MAX_ACCEPTS) this.contentTypes.clear();
    this.contentTypes.set(key, contentType);
  }

  /**
   * The lane's request for a parsed JSON POST body, or null for Apollo: an unknown text or Accept
   * header, or a body Apollo would read otherwise or refuse (extensions, persisted queries, odd types).
   */
  take(body: unknown, accept: string | undefined): LaneRequest | null {
    if (!isRecord(body) || typeof body.query !== 'string') return null;
    const contentType = this.contentTypes.get(accept ?? '');
    if (contentType === undefined) return null;
    const { operationName, variables } = body;
    if (operationName != null && typeof operationName !== 'string') return null;
    if (variables != null && !isRecord(variables)) return null;
    for (const key in body) if (key !== 'query' && key !== 'variables' && key !== 'operationName') return null;
    const known = this.queries.get(body.query)?.get(operationName ?? '');
    if (!known) return null;
    return { known, variables: variables ?? undefined, contentType };
  }

  /** The answer's JSON text, byte for byte Apollo's; null when Apollo must answer (a refusal, an error, a fallback). */
  async answer(request: LaneRequest, context: unknown): Promise<string | null> {
    const { known, variables } = request;
    let cost: number;
    try {
      checkVariableLists(variables, this.limits.maxListItems);
      cost = withinCost(cachedCost(this.schema, known.document, variables, known.operationName), this.limits.maxCost);
    } catch {
      return null;
    }
    const result = await executeDirect(known.plan, this.schema, context, variables);
    if ('fallback' in result) return null;
    return `${JSON.stringify({ data: result.data, extensions: { cost: { requested: cost, limit: this.limits.maxCost } } })}\n`;
  }
}
