// (c) A strict TypeScript consumer that uses every export of every published package. The
// release check also fails if a runtime export is missing from this file.
import {
  SIGNATURE_HEADER,
  SPIFF_REGIONS,
  SignableRequest,
  SpiffApiError,
  SpiffAuthenticationError,
  SpiffBadRequestError,
  SpiffConnectionError,
  SpiffError,
  SpiffImportRunError,
  SpiffNotFoundError,
  SpiffRateLimitError,
  SpiffServerError,
  SpiffSignatureError,
  SpiffTimeoutError,
  SpiffUnprocessableEntityError,
  SpiffValidationError,
  createSignatureMiddleware,
  createSpiffClient,
  createWebhookClient,
  isFinished,
  parseSignatureHeader,
  signPayload,
  unixSeconds,
  verifySignature,
  type BaseClientOptions,
  type CallOptions,
  type CompanyPaths,
  type CustomObject,
  type Import,
  type ImportRecord,
  type ImportRunChunk,
  type ImportRunOptions,
  type ImportRunPartial,
  type ImportRunProgress,
  type ImportRunResult,
  type RequestTarget,
  type RetryOptions,
  type SpiffApiErrorCode,
  type SpiffApiErrorInit,
  type SpiffClient,
  type SpiffClientOptions,
  type SpiffRegion,
  type WebhookBatchResult,
  type WebhookBulkOptions,
  type WebhookBulkResult,
  type WebhookClient,
  type WebhookClientOptions,
  type WebhookPaths,
  type WebhookRecord,
} from '@spiff-sdk/client';
import * as signature from '@spiff-sdk/signature';
import type {
  ParsedSignatureHeader,
  SignableBody,
  SignatureFailureReason,
  VerifiedSignature,
  VerifySignatureOptions,
} from '@spiff-sdk/signature';
import {
  importActionValues,
  predefinedImportTargetValues,
  type ImportAction,
  type ImportRequest,
  type components,
  type operations,
  type paths,
} from '@spiff-sdk/types';
import {
  Faults,
  Journal,
  MockSpiffEngine,
  MockState,
  SpecValidator,
  fixtures,
  makeCompany,
  makeImport,
  makeImportRecord,
  makeImportRequest,
  makeObject,
  makeObjectPayload,
  makeWebhookMapping,
  makeWebhookRecord,
  openapiDocument,
  operationFixtures,
  schemaFixtures,
  startMockSpiff,
  uniqueExternalId,
  type Fault,
  type FaultMatch,
  type JournalEntry,
  type MockCompany,
  type MockRequest,
  type MockResponse,
  type MockSpiffOptions,
  type MockSpiffServer,
  type MockWebhook,
  type OperationId,
  type RequestBodyOf,
  type ResponseBodyOf,
  type SignatureVerdict,
  type StartMockSpiffOptions,
  type StoredRecord,
  type ValidationIssue,
} from '@spiff-sdk/testing';
import {
  createSpiffHandlers,
  type SpiffHandlers,
  type SpiffHandlersOptions,
} from '@spiff-sdk/testing/msw';
import { useMockSpiff } from '@spiff-sdk/testing/vitest';

export async function useEverything(): Promise<void> {
  const company: MockCompany = makeCompany();
  const mapping: MockWebhook = makeWebhookMapping();
  const options: StartMockSpiffOptions & MockSpiffOptions = {
    companies: [company],
    webhooks: [mapping],
  };
  const server: MockSpiffServer = await startMockSpiff(options);
  const region: SpiffRegion = SPIFF_REGIONS[0];
  const retry: RetryOptions = { maxRetries: 1 };
  const base: BaseClientOptions = { secret: company.secret, baseUrl: server.url, retry };
  const clientOptions: SpiffClientOptions = { ...base, companyId: company.id, subdomain: region };
  const spiff: SpiffClient = createSpiffClient(clientOptions);
  const hookOptions: WebhookClientOptions = { secret: mapping.secret, baseUrl: server.url };
  const hooks: WebhookClient = createWebhookClient(hookOptions);
  const call: CallOptions = { signal: AbortSignal.timeout(1000) };

  const request: ImportRequest = makeImportRequest();
  const action: ImportAction = importActionValues[0] ?? 'upsert';
  const job: Import = await spiff.imports.create({ ...request, import_action: action }, call);
  const finished: boolean = isFinished(job) && predefinedImportTargetValues.includes('teams');
  const records: ImportRecord[] = [makeImportRecord(), { external_id: uniqueExternalId() }];
  const progress: Array<ImportRunProgress> = [];
  const runOptions: ImportRunOptions = {
    target: 'teams',
    action,
    records,
    onProgress: (p) => progress.push(p),
  };
  try {
    const result: ImportRunResult = await spiff.imports.run(runOptions);
    const chunk: ImportRunChunk | undefined = result.imports[0];
    void chunk;
  } catch (error) {
    if (error instanceof SpiffImportRunError) {
      const partial: ImportRunPartial = error.partial;
      void partial;
    }
  }
  const object: CustomObject = await spiff.objects.create(makeObjectPayload());
  const record: WebhookRecord = makeWebhookRecord();
  const bulk: WebhookBulkOptions = { batchSize: 10 };
  const bulkResult: WebhookBulkResult = await hooks.upsertMany(mapping.mappingId, [record], bulk);
  const batch: WebhookBatchResult | undefined = bulkResult.batches[0];
  const companyPaths: keyof CompanyPaths = '/api/external_data/{company_id}/imports';
  const webhookPaths: keyof WebhookPaths = '/_webhook/mapping/{mapping_id}';
  const allPaths: keyof paths = companyPaths;
  const operation: operations['createImport']['requestBody'] = {
    content: { 'application/json': request },
  };
  const schema: components['schemas']['Import'] = makeImport();

  for (const Err of [
    SpiffApiError,
    SpiffAuthenticationError,
    SpiffBadRequestError,
    SpiffNotFoundError,
    SpiffRateLimitError,
    SpiffServerError,
    SpiffUnprocessableEntityError,
  ]) {
    const init: SpiffApiErrorInit = {
      status: 500,
      operationId: 'x',
      method: 'GET',
      path: '/',
      body: null,
    };
    const error: SpiffError = new Err(init);
    const code: SpiffApiErrorCode = (error as SpiffApiError).code;
    void code;
  }
  const target: RequestTarget = { method: 'GET', path: '/' };
  const transport: SpiffError[] = [
    new SpiffTimeoutError(target, 1, 1),
    new SpiffConnectionError(target, 'x', 1),
    new SpiffValidationError('f', 'm'),
  ];

  const body: SignableBody = JSON.stringify(record);
  const header: string = await signPayload(company.secret, body, unixSeconds());
  const parsed: ParsedSignatureHeader = parseSignatureHeader(header);
  const verifyOptions: VerifySignatureOptions = { header, body, secret: company.secret };
  const verified: VerifiedSignature = await verifySignature(verifyOptions);
  const reason: SignatureFailureReason = new SpiffSignatureError('mismatch').reason;
  const same: boolean =
    signature.SIGNATURE_HEADER === SIGNATURE_HEADER && signature.signPayload === signPayload;
  const middleware = createSignatureMiddleware({ secret: company.secret });
  const signable = new SignableRequest(server.url, { method: 'POST', body });

  const engine = new MockSpiffEngine(options);
  const requestIn: MockRequest = {
    method: 'GET',
    path: '/',
    header: () => null,
    body: new Uint8Array(),
  };
  const answer: MockResponse = await engine.handle(requestIn);
  const state: MockState = engine.state;
  const journal: Journal = engine.journal;
  const entry: JournalEntry | undefined = journal.last;
  const verdict: SignatureVerdict | undefined = entry?.signature;
  const faults: Faults = engine.faults;
  const match: FaultMatch = { operationId: 'listImports' };
  const fault: Fault = { match, status: 503 };
  faults.add(fault);
  const stored: StoredRecord[] = state.records(company.id, 'teams');
  const validator = new SpecValidator(openapiDocument);
  const issues: ValidationIssue[] = validator.body('createImport', fixtures.schemas.ImportRequest);
  const opId: OperationId = 'createImport';
  const fixtureBody: RequestBodyOf<'createImport'> = operationFixtures.createImport.request;
  const fixtureAnswer: ResponseBodyOf<'createImport', 200> =
    operationFixtures.createImport.responses[200];
  const imported: Import = { ...schemaFixtures.Import, ...makeImport() };
  const made: CustomObject = makeObject();

  const handlersOptions: SpiffHandlersOptions = { companies: [company] };
  const handlers: SpiffHandlers = createSpiffHandlers(handlersOptions);
  handlers.dispose();
  const helper: typeof useMockSpiff = useMockSpiff;

  void [
    finished,
    object,
    batch,
    webhookPaths,
    allPaths,
    operation,
    schema,
    transport,
    parsed,
    verified,
    reason,
    same,
    middleware,
    signable,
    answer,
    verdict,
    stored,
    issues,
    opId,
    fixtureBody,
    fixtureAnswer,
    imported,
    made,
    helper,
  ];
  await server.close();
}
