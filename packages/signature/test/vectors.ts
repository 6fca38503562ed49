import { readFileSync } from 'node:fs';

/** Known-answer vectors computed by OpenSSL (see vectors/make-vectors.sh). */
export interface Vector {
  name: string;
  secret: string;
  timestamp: number;
  body: string;
  header: string;
}

export const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('./vectors/vectors.json', import.meta.url), 'utf8'),
);
