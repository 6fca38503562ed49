import { SpiffValidationError } from '../errors/validation-error.js';

/** Checks an id argument, so `get('')` fails here instead of as a confusing 404. */
export function requireId(field: string, id: unknown): { [key: string]: string } {
  if (typeof id !== 'string' || !id.trim())
    throw new SpiffValidationError(field, 'expected a non-empty string.');
  return { [field]: id };
}
