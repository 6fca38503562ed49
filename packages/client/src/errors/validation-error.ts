import { SpiffError } from './spiff-error.js';

/**
 * Thrown before anything is sent, when input cannot be right: a company id that is not a UUID, an
 * empty secret, an unknown region, a body that cannot be serialized, a webhook record without
 * `external_id`. `field` names what was wrong.
 */
export class SpiffValidationError extends SpiffError {
  override name = 'SpiffValidationError';

  constructor(
    /** The option, argument or record field that was wrong, e.g. `records[3].external_id`. */
    readonly field: string,
    message: string,
  ) {
    super(`Invalid ${field}: ${message}`);
  }
}
