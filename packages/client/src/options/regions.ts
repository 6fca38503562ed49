/**
 * Spiff's hosted regions (`https://<region>.spiff.com`): `app` (US, Google Cloud, the default),
 * `us1` (US, Hyperforce), `eu` (EU, Google Cloud), `eu1` (EU, Hyperforce).
 */
export const SPIFF_REGIONS = ['app', 'us1', 'eu', 'eu1'] as const;

/** One of {@link SPIFF_REGIONS}. */
export type SpiffRegion = (typeof SPIFF_REGIONS)[number];
