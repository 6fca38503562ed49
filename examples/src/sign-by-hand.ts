/**
 * Signing by hand: @spiff-sdk/signature with plain fetch, for a proxy, a queue worker or another
 * HTTP library. Serialize once, sign those exact bytes, send those exact bytes.
 */
import { signPayload, verifySignature, SpiffSignatureError } from '@spiff-sdk/client';
import { runExample } from './shared/connect.js';

await runExample('Signing by hand', async (c) => {
  const base = c.baseUrl ?? `https://${c.subdomain}.spiff.com`;
  const body = JSON.stringify({ company_id: c.companyId });
  const signature = await signPayload(c.secret, body);
  const response = await fetch(`${base}/api/external_data/${c.companyId}/imports/test`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Signature: signature },
    body,
  });
  console.log(`POST imports/test → ${response.status} ${await response.text()}`);
  if (!response.ok) throw new Error(`Spiff refused the signature (${response.status})`);

  // Verifying, as a receiver would: the same bytes pass, re-serialized bytes do not.
  await verifySignature({ header: signature, body, secret: c.secret });
  try {
    await verifySignature({
      header: signature,
      body: JSON.stringify(JSON.parse(body), null, 2),
      secret: c.secret,
    });
  } catch (error) {
    if (!(error instanceof SpiffSignatureError)) throw error;
    console.log(`Re-serialized body refused: reason "${error.reason}"`);
  }
});
