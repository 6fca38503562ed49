import type { paths } from '@spiff-sdk/types';

type HasKeys<T> = [keyof T] extends [never] ? false : true;

/** An operation's parameters without the ones the client fills in (Signature, company_id). */
type ClientParams<P, AutoPath extends string> = Omit<P, 'header' | 'path'> &
  (P extends { header: infer H }
    ? HasKeys<Omit<H, 'Signature'>> extends true
      ? { header?: Omit<H, 'Signature'> }
      : { header?: never }
    : unknown) &
  (P extends { path: infer A }
    ? HasKeys<Omit<A, AutoPath>> extends true
      ? { path: Omit<A, AutoPath> }
      : { path?: never }
    : unknown);

type ClientOperation<Op, AutoPath extends string> = Op extends { parameters: infer P }
  ? Omit<Op, 'parameters'> & { parameters: ClientParams<P, AutoPath> }
  : Op;

type ClientPathItem<Item, AutoPath extends string> = {
  [M in keyof Item]: M extends 'parameters'
    ? ClientParams<Item[M], AutoPath>
    : ClientOperation<Item[M], AutoPath>;
};

/**
 * The Import and Object API paths as the company client sees them: `company_id` and `Signature`
 * are filled in, so callers never pass them.
 */
export type CompanyPaths = {
  [P in keyof paths as P extends `/api/${string}` ? P : never]: ClientPathItem<
    paths[P],
    'company_id'
  >;
};

/** The Webhook API paths as the webhook client sees them: `Signature` is filled in. */
export type WebhookPaths = {
  [P in keyof paths as P extends `/_webhook/${string}` ? P : never]: ClientPathItem<
    paths[P],
    never
  >;
};
