/**
 * The base of every error the client throws, so `catch (e) { if (e instanceof SpiffError) … }`
 * catches exactly ours. Messages start with `[@spiff-sdk/client]` and never hold a secret or a
 * Signature value.
 */
export class SpiffError extends Error {
  override name = 'SpiffError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`[@spiff-sdk/client] ${message}`, options);
  }

  /** What `JSON.stringify` shows: the name, message and own fields (never `cause`, which is not enumerable). */
  toJSON(): object {
    return { ...this, message: this.message };
  }
}
