/**
 * Sign and verify the `Signature` header of the Spiff API, with no dependencies: in the SDK's
 * client, in a proxy, a queue worker, or with any other HTTP library.
 *
 * @packageDocumentation
 */
export { signPayload, unixSeconds, type SignableBody } from './sign-payload.js';
export {
  verifySignature,
  type VerifiedSignature,
  type VerifySignatureOptions,
} from './verify-signature.js';
export { parseSignatureHeader, type ParsedSignatureHeader } from './parse-signature-header.js';
export { SpiffSignatureError, type SignatureFailureReason } from './signature-error.js';

/** The name of the header Spiff reads the signature from. */
export const SIGNATURE_HEADER = 'Signature';
