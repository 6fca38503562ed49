import type { Import } from '@spiff-sdk/types';

/**
 * The rule for job statuses: a job is finished when Spiff sets `completed_at`, or its status is
 * `success` or `failed`. Any other status, including ones Spiff may add later, means "still
 * running"; `imports.run` bounds the wait with its `timeoutMs` and then reports `timeout`.
 */
export function isFinished(job: Pick<Import, 'status' | 'completed_at'>): boolean {
  return (
    job.status === 'success' || job.status === 'failed' || typeof job.completed_at === 'string'
  );
}

/** The body of `GET imports/{id}`: the reference wraps the job in a list; the single form is accepted too. */
export interface ImportAnswer {
  imports?: Import[];
  import?: Import;
}

/** The job `id` in a `GET imports/{id}` answer, or the list's only job. */
export function pickImport(data: ImportAnswer, id: string): Import | undefined {
  return data.import ?? data.imports?.find((job) => job.id === id) ?? data.imports?.[0];
}
