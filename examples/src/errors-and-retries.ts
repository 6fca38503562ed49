/**
 * Errors and retries: typed errors you can catch by class, and retries you can watch. Against
 * the mock it injects the failures; against real Spiff it only shows the error types.
 */
import {
  createSpiffClient,
  SpiffAuthenticationError,
  SpiffValidationError,
} from '@spiff-sdk/client';
import { companyOptions, runExample } from './shared/connect.js';

await runExample('Errors and retries', async (c) => {
  try {
    createSpiffClient({ ...companyOptions(c), companyId: 'not-a-uuid' });
  } catch (error) {
    if (!(error instanceof SpiffValidationError)) throw error;
    console.log(`before sending: ${error.name} on ${error.field}`);
  }

  const wrongSecret = createSpiffClient({ ...companyOptions(c), secret: 'not-the-secret' });
  try {
    await wrongSecret.imports.list();
  } catch (error) {
    if (!(error instanceof SpiffAuthenticationError)) throw error;
    console.log(`from Spiff: ${error.status} ${error.code}: "${error.spiffMessage}"`);
  }

  if (!c.mock) return;
  // Two 503s, then success: a GET is retried with jittered backoff, each attempt signed afresh.
  c.mock.faults.add({ status: 503, times: 2, match: { operationId: 'listObjects' } });
  const spiff = createSpiffClient({ ...companyOptions(c), retry: { baseDelayMs: 50 } });
  await spiff.objects.list();
  console.log(
    `retried: ${c.mock.journal
      .of('listObjects')
      .map((e) => e.status)
      .join(' → ')}`,
  );

  // A POST that creates something is not retried: a second attempt could duplicate the object.
  c.mock.faults.add({ status: 503, match: { operationId: 'createObject' } });
  await spiff.objects
    .create({ label: 'Never retried' })
    .catch((e: Error) => console.log(`not retried: ${e.name}`));
});
