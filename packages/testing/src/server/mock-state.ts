import { randomUUID } from 'node:crypto';
import type {
  CustomObject,
  Import,
  ImportRequest,
  ObjectPayload,
  WebhookRecord,
} from '@spiff-sdk/types';
import { predefinedImportTargetValues } from '@spiff-sdk/types';

/** A company the mock knows: its UUID and the company secret that signs its requests. */
export interface MockCompany {
  id: string;
  secret: string;
}

/** A webhook mapping the mock knows, and its connector's webhook secret. */
export interface MockWebhook {
  mappingId: string;
  secret: string;
}

/** A record held for an import target; deletes are soft, as in Spiff. */
export interface StoredRecord {
  externalId: string;
  fields: Record<string, unknown>;
  deleted: boolean;
}

interface Job {
  companyId: string;
  request: ImportRequest;
  job: Import;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isPredefined = (target: string) =>
  (predefinedImportTargetValues as readonly string[]).includes(target);

/**
 * Everything the mock Spiff holds: companies, webhook mappings, import jobs, the records of each
 * import target, custom objects and webhook records. Tests read it to assert what arrived.
 */
export class MockState {
  private readonly companyMap = new Map<string, MockCompany>();
  private readonly webhookMap = new Map<string, MockWebhook>();
  private readonly jobs = new Map<string, Job>();
  private readonly targetRecords = new Map<string, Map<string, StoredRecord>>();
  private readonly objectMap = new Map<string, Map<string, CustomObject>>();
  private readonly webhookRecordMap = new Map<string, Map<string, WebhookRecord>>();

  /**
   * @param importDelayMs how long a job stays pending before it completes; `null` means only
   *   {@link MockState.advance} completes it
   * @param now the clock, in ms
   */
  constructor(
    private readonly importDelayMs: number | null,
    private readonly now: () => number,
  ) {}

  /** Registers a company; its id must be a UUID and its secret non-empty. */
  addCompany(company: MockCompany): void {
    if (!uuidPattern.test(company.id))
      throw new TypeError(`Company id is not a UUID: ${company.id}`);
    if (!company.secret) throw new TypeError(`Company ${company.id} has an empty secret`);
    this.companyMap.set(company.id.toLowerCase(), { ...company });
  }

  /** Registers a webhook mapping; its secret must be non-empty. */
  addWebhook(webhook: MockWebhook): void {
    if (!webhook.mappingId) throw new TypeError('A webhook mapping needs a mappingId');
    if (!webhook.secret) throw new TypeError(`Mapping ${webhook.mappingId} has an empty secret`);
    this.webhookMap.set(webhook.mappingId, { ...webhook });
  }

  /** The company with this id, if registered. */
  company(id: string): MockCompany | undefined {
    return this.companyMap.get(id.toLowerCase());
  }

  /** The webhook mapping with this id, if registered. */
  webhook(mappingId: string): MockWebhook | undefined {
    return this.webhookMap.get(mappingId);
  }

  // ---- imports ----

  /** Whether an import target exists for the company: a predefined name or one of its objects. */
  hasImportTarget(companyId: string, target: string): boolean {
    return isPredefined(target) || this.objectsMap(companyId).has(target.toLowerCase());
  }

  /** Accepts a job in status `pending`; it completes after the import delay or on `advance()`. */
  createImport(companyId: string, request: ImportRequest): Import {
    const job: Import = {
      id: randomUUID(),
      status: 'pending',
      import_action: request.import_action,
      import_target: request.import_target,
      created_at: new Date(this.now()).toISOString(),
      completed_at: null,
      import_errors: [],
      warnings: [],
    };
    const entry: Job = { companyId, request, job, timer: undefined };
    this.jobs.set(job.id, entry);
    if (this.importDelayMs !== null && Number.isFinite(this.importDelayMs)) {
      entry.timer = setTimeout(() => this.complete(entry), this.importDelayMs);
      entry.timer.unref?.();
    }
    return { ...job };
  }

  /** The company's import jobs, oldest first. */
  imports(companyId: string): Import[] {
    return [...this.jobs.values()]
      .filter((j) => j.companyId === companyId.toLowerCase())
      .map((j) => ({ ...j.job }));
  }

  /** One job of the company, if it exists. */
  import(companyId: string, id: string): Import | undefined {
    const entry = this.jobs.get(id);
    return entry && entry.companyId === companyId.toLowerCase() ? { ...entry.job } : undefined;
  }

  /** Completes every pending job now; returns how many it completed. */
  advance(): number {
    let completed = 0;
    for (const entry of this.jobs.values()) {
      if (entry.job.completed_at === null) {
        this.complete(entry);
        completed++;
      }
    }
    return completed;
  }

  /** Applies a job's records: upserts set them, deletes mark them deleted; bad records become errors. */
  private complete(entry: Job): void {
    if (entry.job.completed_at !== null) return;
    clearTimeout(entry.timer);
    const { import_action: action, import_target: target, payload } = entry.request;
    const store = this.recordsMap(entry.companyId, target);
    const errors: string[] = [];
    payload.forEach((record, i) => {
      const externalId = record.external_id;
      if (typeof externalId !== 'string' || externalId === '') {
        errors.push(`Record ${i}: missing external_id`);
        return;
      }
      const stored = store.get(externalId);
      if (action === 'upsert') {
        store.set(externalId, {
          externalId,
          fields: { ...stored?.fields, ...record },
          deleted: false,
        });
      } else if (!stored || stored.deleted) {
        errors.push(`Record ${i}: no record with external_id ${externalId}`);
      } else {
        stored.deleted = true;
      }
    });
    entry.job.import_errors = errors;
    entry.job.status =
      payload.length > 0 && errors.length === payload.length ? 'failed' : 'success';
    entry.job.completed_at = new Date(this.now()).toISOString();
  }

  private recordsMap(companyId: string, target: string): Map<string, StoredRecord> {
    const key = `${companyId.toLowerCase()}\u0000${target.toLowerCase()}`;
    let store = this.targetRecords.get(key);
    if (!store) this.targetRecords.set(key, (store = new Map()));
    return store;
  }

  /** The records an import target holds; soft-deleted ones only with `includeDeleted`. */
  records(
    companyId: string,
    target: string,
    options: { includeDeleted?: boolean } = {},
  ): StoredRecord[] {
    return [...this.recordsMap(companyId, target).values()]
      .filter((r) => options.includeDeleted || !r.deleted)
      .map((r) => ({ ...r, fields: { ...r.fields } }));
  }

  // ---- objects ----

  private objectsMap(companyId: string): Map<string, CustomObject> {
    const key = companyId.toLowerCase();
    let objects = this.objectMap.get(key);
    if (!objects) this.objectMap.set(key, (objects = new Map()));
    return objects;
  }

  /** The company's custom objects. */
  objects(companyId: string): CustomObject[] {
    return [...this.objectsMap(companyId).values()].map((o) => structuredClone(o));
  }

  /** One custom object of the company, if it exists. */
  object(companyId: string, id: string): CustomObject | undefined {
    const found = this.objectsMap(companyId).get(id.toLowerCase());
    return found && structuredClone(found);
  }

  /** Stores an object (new or replaced) and gives every field an id. */
  saveObject(companyId: string, object: ObjectPayload & { id?: string }): CustomObject {
    const saved: CustomObject = {
      ...object,
      id: (object.id ?? randomUUID()).toLowerCase(),
      fields: (object.fields ?? []).map((f) => ({ ...f, id: f.id ?? randomUUID() })),
    };
    this.objectsMap(companyId).set(saved.id, saved);
    return structuredClone(saved);
  }

  /** Whether an object holds records that are not deleted. */
  objectHasRecords(companyId: string, id: string): boolean {
    return this.records(companyId, id).length > 0;
  }

  /** Removes a custom object (the Object API checks that it is empty first). */
  deleteObject(companyId: string, id: string): void {
    this.objectsMap(companyId).delete(id.toLowerCase());
  }

  // ---- webhooks ----

  private webhookStore(mappingId: string): Map<string, WebhookRecord> {
    let store = this.webhookRecordMap.get(mappingId);
    if (!store) this.webhookRecordMap.set(mappingId, (store = new Map()));
    return store;
  }

  /** The records a webhook mapping holds. */
  webhookRecords(mappingId: string): WebhookRecord[] {
    return [...this.webhookStore(mappingId).values()].map((r) => ({ ...r }));
  }

  /** Creates or merges records of a mapping, by `external_id`. */
  upsertWebhookRecords(mappingId: string, records: WebhookRecord[]): void {
    const store = this.webhookStore(mappingId);
    for (const record of records) {
      store.set(record.external_id, { ...store.get(record.external_id), ...record });
    }
  }

  /** Removes records of a mapping, by `external_id`. */
  deleteWebhookRecords(mappingId: string, records: WebhookRecord[]): void {
    const store = this.webhookStore(mappingId);
    for (const record of records) store.delete(record.external_id);
  }

  /** Stops pending job timers (the server's close() calls it). */
  dispose(): void {
    for (const entry of this.jobs.values()) clearTimeout(entry.timer);
  }
}
