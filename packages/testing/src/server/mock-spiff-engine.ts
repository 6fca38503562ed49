import { STATUS_CODES } from 'node:http';
import { SpiffSignatureError, verifySignature } from '@spiff-sdk/signature';
import { openapiDocument } from '../generated/openapi-document.js';
import { SpecValidator, type ValidationIssue } from '../validation/spec-validator.js';
import { Faults, type Fault } from './faults.js';
import { Journal, type JournalEntry, type SignatureVerdict } from './journal.js';
import { MockState, type MockCompany, type MockWebhook } from './mock-state.js';
import { importOperations } from './operations/imports.js';
import { objectOperations } from './operations/objects.js';
import {
  errorAnswer,
  type MockAnswer,
  type OperationHandler,
} from './operations/operation-context.js';
import { webhookOperations } from './operations/webhooks.js';
import { buildRoutes, matchRoute, type MatchedRoute } from './routes.js';

/** How the mock Spiff behaves; the same for the HTTP server, the msw handlers and the CLI. */
export interface MockSpiffOptions {
  /** Companies, each with the company secret that signs its Import and Object API calls. */
  companies?: MockCompany[];
  /** Webhook mappings, each with its connector's webhook secret. */
  webhooks?: MockWebhook[];
  /** How far a Signature timestamp may be from now, either way (default 300). */
  toleranceSeconds?: number;
  /** How long an import job stays pending (default 20 ms); `null`: only `state.advance()` completes it. */
  importDelayMs?: number | null;
  /** The clock, in ms (default `Date.now`). */
  now?: () => number;
  /** Check every answer against the spec and answer 500 if one does not match (default true). */
  validateResponses?: boolean;
  /** How many journal entries to keep, newest last (default 10,000). */
  journalLimit?: number;
  /** Called with each journal entry as it is recorded (the CLI logs with it). */
  onRequest?: (entry: JournalEntry) => void;
}

/** A request as any transport (node:http, msw) hands it to the engine. */
export interface MockRequest {
  method: string;
  /** Path and query, e.g. `/api/external_data/<id>/imports?x=1`. */
  path: string;
  /** A request header by case-insensitive name. */
  header(name: string): string | null | undefined;
  body: Uint8Array;
}

/** What the transport must do: answer, or drop the connection. */
export type MockResponse =
  | { kind: 'reply'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'reset' };

const handlers: Record<string, OperationHandler> = {
  ...importOperations,
  ...webhookOperations,
  ...objectOperations,
};

const routes = buildRoutes(openapiDocument);
const decoder = new TextDecoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function invalid(webhook: boolean, found: ValidationIssue[]): MockAnswer {
  const prefix = webhook ? 'Unprocessable entity' : 'Invalid request';
  const summary = found.map((i) => `${i.field} ${i.message}`).join('; ');
  return { status: 422, body: { error: `${prefix}: ${summary}`, details: found } };
}

/**
 * The mock Spiff itself, independent of transport: routes a request to its spec operation, checks
 * the company or mapping, verifies the signature with the right secret, validates against the spec,
 * runs the operation on the state, and applies queued faults.
 */
export class MockSpiffEngine {
  readonly state: MockState;
  readonly journal: Journal;
  readonly faults = new Faults();
  private readonly validator = new SpecValidator(openapiDocument);
  private readonly toleranceSeconds: number;
  private readonly now: () => number;
  private readonly validateResponses: boolean;
  private readonly onRequest: ((entry: JournalEntry) => void) | undefined;

  constructor(options: MockSpiffOptions = {}) {
    this.now = options.now ?? Date.now;
    this.toleranceSeconds = options.toleranceSeconds ?? 300;
    this.validateResponses = options.validateResponses ?? true;
    this.onRequest = options.onRequest;
    this.journal = new Journal(options.journalLimit);
    this.state = new MockState(
      options.importDelayMs === undefined ? 20 : options.importDelayMs,
      this.now,
    );
    for (const company of options.companies ?? []) this.state.addCompany(company);
    for (const webhook of options.webhooks ?? []) this.state.addWebhook(webhook);
  }

  /** Answers one request: what a transport (node:http, msw) calls for each request it receives. */
  async handle(request: MockRequest): Promise<MockResponse> {
    const at = this.now();
    const method = request.method.toUpperCase();
    const path = request.path.split('?')[0]!;
    const matched = matchRoute(routes, method, path);
    const operationId = matched?.route.operationId;
    const fault = this.faults.take(operationId, method, path);
    const text = decoder.decode(request.body);
    const parsed = text === '' ? undefined : parseJson(text);
    const record = (status: number, signature: SignatureVerdict) => {
      const entry: JournalEntry = {
        at,
        method,
        path: request.path,
        operationId,
        status,
        signature,
        body: parsed === undefined ? undefined : parsed.ok ? parsed.value : text,
        fault: fault ? describeFault(fault) : undefined,
      };
      this.journal.record(entry);
      this.onRequest?.(entry);
    };

    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.status !== undefined) {
      record(fault.status, 'not-checked');
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      const message = `Injected fault: ${fault.status} ${STATUS_CODES[fault.status] ?? ''}`.trim();
      return {
        kind: 'reply',
        status: fault.status,
        headers,
        body: JSON.stringify({ error: message }),
      };
    }
    if (fault?.reset) {
      record(0, 'not-checked');
      return { kind: 'reset' };
    }

    const { answer, signature } = await this.process(matched, request, parsed);
    if (this.validateResponses && operationId) {
      const found = this.validator.response(operationId, answer.status, answer.body);
      if (found.length > 0) {
        answer.status = 500;
        answer.body = { error: `Mock bug: the answer breaks the spec: ${JSON.stringify(found)}` };
      }
    }
    record(answer.status, signature);
    let body = JSON.stringify(answer.body);
    if (fault?.body === 'truncated') body = body.slice(0, Math.floor(body.length / 2));
    if (fault?.body === 'invalid-json') body = '<html>Bad gateway</html>';
    return {
      kind: 'reply',
      status: answer.status,
      headers: { 'content-type': 'application/json' },
      body,
    };
  }

  private async process(
    matched: MatchedRoute | undefined,
    request: MockRequest,
    parsed: { ok: true; value: unknown } | { ok: false } | undefined,
  ): Promise<{ answer: MockAnswer; signature: SignatureVerdict }> {
    const notChecked = (answer: MockAnswer) => ({ answer, signature: 'not-checked' as const });
    if (!matched) return notChecked(errorAnswer(404, 'Page not found'));
    const { route, params } = matched;
    const webhook = route.family === 'webhook';

    const secret = webhook
      ? this.state.webhook(params.mapping_id!)?.secret
      : this.state.company(params.company_id!)?.secret;
    if (secret === undefined) {
      return notChecked(
        webhook
          ? errorAnswer(400, 'Invalid mapping id')
          : errorAnswer(404, 'Unable to find the company'),
      );
    }

    const header = request.header('signature');
    try {
      await verifySignature({
        header,
        body: request.body,
        secret,
        toleranceSeconds: this.toleranceSeconds,
        now: this.now,
      });
    } catch (error) {
      if (!(error instanceof SpiffSignatureError)) throw error;
      const signature = header ? error.reason : 'missing';
      return { answer: errorAnswer(401, 'Could not validate HMAC Signature'), signature };
    }
    const valid = (answer: MockAnswer) => ({ answer, signature: 'valid' as const });

    const badParams = this.validator.params(route.operationId, params);
    if (badParams.length > 0) return valid(invalid(webhook, badParams));
    let body: unknown;
    if (this.validator.expectsBody(route.operationId)) {
      if (!parsed?.ok) {
        return valid(
          invalid(webhook, [{ field: '/', message: 'the body is missing or not valid JSON' }]),
        );
      }
      const badBody = this.validator.body(route.operationId, parsed.value);
      if (badBody.length > 0) return valid(invalid(webhook, badBody));
      body = parsed.value;
    }
    return valid(handlers[route.operationId]!({ state: this.state, params, body }));
  }

  /** Stops timers; the transports call it when they close. */
  close(): void {
    this.state.dispose();
  }
}

function describeFault(fault: Fault): string {
  if (fault.status !== undefined) return `status ${fault.status}`;
  if (fault.reset) return 'reset';
  if (fault.body) return `body ${fault.body}`;
  return `latency ${fault.latencyMs} ms`;
}
