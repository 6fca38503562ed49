import { SpiffValidationError } from '../errors/validation-error.js';

/**
 * JSON-serializes a request body once, turning what JSON cannot hold (BigInt, cycles) into a
 * {@link SpiffValidationError} before anything is sent.
 */
export function serializeBody(body: unknown, field = 'body'): string {
  try {
    const json = JSON.stringify(body);
    if (json === undefined) throw new TypeError('it serializes to nothing');
    return json;
  } catch (error) {
    const reason = (error as Error).message;
    const hint = /BigInt/i.test(reason)
      ? 'convert BigInt values to strings or numbers first.'
      : /circular/i.test(reason)
        ? 'it contains a cycle; send plain data.'
        : `it cannot be serialized to JSON (${reason}).`;
    throw new SpiffValidationError(field, hint);
  }
}
