/** Why a Signature header was refused. */
export type SignatureFailureReason = 'malformed' | 'mismatch' | 'expired' | 'future';

const hints: Record<SignatureFailureReason, string> = {
  malformed:
    'The Signature header is missing or not of the form "t=<unix seconds>,v1=<64 hex digits>".',
  mismatch:
    'No v1 digest matches. Usual causes: the wrong secret (company vs webhook secret), or a body ' +
    'that was re-serialized after signing: sign and verify the exact bytes sent.',
  expired:
    'The timestamp is older than the tolerance. Usual causes: a replayed request, a stale timestamp ' +
    'reused on a retry, or a clock that is behind.',
  future: 'The timestamp is ahead of the tolerance. Usual cause: a clock that is ahead.',
};

/**
 * Thrown when a Signature header cannot be accepted. `reason` says which check failed; the message
 * says the usual cause. It never contains the secret or the header's value.
 */
export class SpiffSignatureError extends Error {
  override readonly name = 'SpiffSignatureError';
  readonly reason: SignatureFailureReason;

  constructor(reason: SignatureFailureReason, detail?: string) {
    super(`[@spiff-sdk/signature] ${hints[reason]}${detail ? ` ${detail}` : ''}`);
    this.reason = reason;
  }
}
