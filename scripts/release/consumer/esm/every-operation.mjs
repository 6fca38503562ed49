// (a) An ESM consumer: `import` the published packages.
import { createSpiffClient, createWebhookClient } from '@spiff-sdk/client';
import { makeCompany } from '@spiff-sdk/testing';
import shared from '../shared/every-operation.js';

if (typeof makeCompany !== 'function') throw new Error('@spiff-sdk/testing did not import');
console.log(
  await shared.everyOperation({ createSpiffClient, createWebhookClient }, '(a) ESM import'),
);
