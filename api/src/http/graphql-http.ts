/**
 * Apollo Server behind a thin node:http handler (`executeHTTPGraphQLRequest`): Apollo's express
 * integration serves about 0.3× the requests on this stack, the direct call about as many as
 * Apollo standalone.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type GraphQLSchema, type ValidationRule } from 'graphql';
import { requestLanguage, type Context } from '../shared/context.js';
import type { Logger } from '../shared/logger.js';
import { MEASURE, type MeasuredRequest, type Metrics, type OperationMeasure } from '../shared/metrics.js';
import { badInputError, databaseUnavailable, formatError, tagLanguage, tagRequestId } from '../graphql/format-error.js';
import type { UiLanguage } from '../shared/field-messages.js';
import { operationProblem } from '../graphql/operation.js';
import { crossOriginProblem } from '../graphql/cross-origin.js';
import { twoFactorSetupProblem } from '../graphql/two-factor-gate.js';
import { listCostRule, MAX_LIST_COST } from '../graphql/list-cost.js';
import { DomainError, ErrorCode } from '../shared/errors.js';
import { auditUnavailable, flushAccessTrail } from '../modules/access-log/access-log.trail.js';
import { readBody } from './body.js';
import { jitExecutor, serializerOf } from './jit-executor.js';
import { writeResult } from './result-json.js';

/** Limits applied to every operation, over HTTP and WebSocket alike. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  /** graphql-armor cost: objects 2, scalars 1, depth factor 1.5. */
  maxCost: 5000,
  /** Cost with list sizes counted (graphql/list-cost.ts): fields × the rows they can return. */
  maxListCost: MAX_LIST_COST,
  maxBodyBytes: 256 * 1024,
};

/** From this many characters a response body is written as bytes (see handleGraphQL). */
const LARGE_BODY = 2048;

/** Parser options for every operation: graphql-js stops lexing past `maxTokens`. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens };

/**
 * Depth, alias, directive and cost limits as validation rules (graphql-armor, and a cost that counts
 * list sizes: list-cost.ts), shared by HTTP and
 * WebSocket. The token limit is the parser's own option (PARSE_OPTIONS) rather than armor's plugin,
 * which re-lexed the document in a per-request hook. Without `introspection` the rule refusing
 * `__schema`/`__type` is here too rather than Apollo's `introspection` option, so WebSocket
 * operations (outside Apollo) are refused the same way.
 */
export function securityRules(opts: { introspection: boolean }): { rules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: false },
  });
  const rules = [...armor.protect().validationRules, listCostRule({ maxCost: QUERY_LIMITS.maxListCost })];
  return { rules: opts.introspection ? rules : [...rules, NoSchemaIntrospectionCustomRule] };
}

export async function createApollo(
  schema: GraphQLSchema,
  log: Logger,
  opts: { introspection: boolean; metrics?: Metrics },
): Promise<ApolloServer<Context>> {
  const { metrics } = opts;
  const { rules } = securityRules(opts);
  const server = new ApolloServer<Context>({
    // Our schema, executed by graphql-jit (see jit-executor.ts).
    gateway: jitExecutor(schema),
    validationRules: rules,
    parseOptions: PARSE_OPTIONS,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Refused (or not) by securityRules, shared with WebSocket; Apollo's option would add the same rule again.
    introspection: true,
    formatError: (formatted, error) => formatError(formatted, error, { log, suggestions: opts.introspection }),
    // Apollo's own writes JSON.stringify(result) + newline; this is the same text, written by the
    // operation's compiled serializer where it has one (result-json.ts).
    stringifyResult: (result) => `${writeResult(result, result.data ? serializerOf(result.data) : undefined)}\n`,
    plugins: [
      // Responses are per viewer and never HTTP-cached; without this plugin Apollo stops wrapping
      // every field resolver to collect cache hints (measured: ~15% of a 20-item list request).
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ document, operation, request, contextValue }) {
              // Labels the request's timing in handleGraphQL (by the name only if the clients use it).
              const measure = metrics && (request.http as MeasuredRequest | undefined)?.[MEASURE];
              if (measure && operation) measure.series = metrics.seriesOf(operation.operation, operation.name?.value);
              const problem =
                operationProblem(document, request.operationName, request.variables) ??
                crossOriginProblem(contextValue, document, request.variables) ??
                twoFactorSetupProblem(contextValue, document, request.operationName);
              if (problem) throw problem;
            },
            // The request's access audit entries, one INSERT, before the response leaves (access-log.trail.ts).
            // Entries that cannot be written withhold the result: no data, a 503 saying why. A
            // mutation's change is committed by then (its entries are written after it, like a
            // read's): it answers the same, marked `changesSaved`, rather than pretend it failed.
            async willSendResponse({ contextValue, response, operation }) {
              try {
                await flushAccessTrail(contextValue);
              } catch (err) {
                if (!(err instanceof DomainError)) throw err;
                const error = auditUnavailable(operation?.operation === 'mutation');
                const formatted = {
                  message: error.message,
                  extensions: { code: error.code, ...error.details, requestId: contextValue.requestId },
                };
                response.body = { kind: 'single', singleResult: { errors: [formatted] } };
                unavailable(response.http);
              }
            },
            // Unexpected errors are logged (formatError) with the request id the client gets.
            async didEncounterErrors({ errors, request, response, contextValue }) {
              let lang: UiLanguage | undefined;
              for (const err of errors) {
                tagRequestId(err, contextValue.requestId);
                // Field messages go out in the caller's language (format-error.ts); decided once, and only here.
                const badInput = badInputError(err);
                if (badInput) tagLanguage(badInput, (lang ??= requestLanguage(contextValue)));
              }
              // PostgreSQL unreachable: a state, not a bug; said as 503 so that proxies and clients retry.
              if (errors.some((err) => databaseUnavailable(err))) unavailable(response.http);
              const measure = metrics && (request.http as MeasuredRequest | undefined)?.[MEASURE];
              if (measure) measure.failed = true;
            },
          };
        },
      },
    ],
  });
  await server.start();
  return server;
}

/** Seconds a client is asked to wait before trying again while the database is unreachable. */
const RETRY_AFTER_SECONDS = '2';

function unavailable(http: { status?: number; headers: Map<string, string> }): void {
  http.status = 503;
  http.headers.set('retry-after', RETRY_AFTER_SECONDS);
}

/**
 * The context function reads the viewer's account: with PostgreSQL down it fails before any
 * plugin hook runs, and Apollo would answer 500. Said as 503 with Retry-After instead; the error
 * keeps its cause, so formatError still reports DATABASE_UNAVAILABLE.
 */
function unavailableAs503(context: () => Promise<Context>): () => Promise<Context> {
  return async () => {
    try {
      return await context();
    } catch (err) {
      if (!databaseUnavailable(err)) throw err;
      const http = { status: 503, headers: new HeaderMap([['retry-after', RETRY_AFTER_SECONDS]]) };
      throw new GraphQLError('Database unavailable', { originalError: err as Error, extensions: { http } });
    }
  };
}

/**
 * Answers a GraphQL request over HTTP. With `metrics`, the whole request (body, context, execution,
 * response) is timed with one histogram observation, labelled by what the Apollo plugin above
 * learnt about its operation.
 */
export async function handleGraphQL(
  apollo: ApolloServer<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<Context>,
  metrics?: Metrics,
): Promise<void> {
  if (!metrics) return answerGraphQL(apollo, req, res, url, context, null);
  const started = performance.now();
  const measure: OperationMeasure = { series: null, failed: false };
  let threw = false;
  try {
    await answerGraphQL(apollo, req, res, url, context, measure);
  } catch (err) {
    threw = true;
    throw err;
  } finally {
    metrics.observeOperation(measure, threw || res.statusCode >= 400, (performance.now() - started) / 1000);
  }
}

async function answerGraphQL(
  apollo: ApolloServer<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<Context>,
  /** Carried on the request to Apollo, for its plugin to fill in. */
  measure: OperationMeasure | null,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const raw = await readBody(req, QUERY_LIMITS.maxBodyBytes);
    const type = headers.get('content-type') ?? '';
    if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
      try {
        body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON', { status: 400 });
      }
    } else {
      body = raw.toString('utf8');
    }
  }
  const method = req.method ?? 'GET';
  const httpGraphQLRequest: HTTPGraphQLRequest & MeasuredRequest = measure
    ? { method, headers, search: url.search, body, [MEASURE]: measure }
    : { method, headers, search: url.search, body };
  const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: unavailableAs503(context) });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    const text = result.body.string;
    if (text.length < LARGE_BODY) {
      res.end(text);
      return;
    }
    // A larger body goes as bytes with its length: given a string, Node joins it to the header text,
    // then copies the joined string to measure it and again to encode it, all on the JS heap.
    const body = Buffer.from(text, 'utf8');
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}
