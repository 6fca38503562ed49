// (b) A CommonJS consumer: `require()` the published (ESM) packages, as Node.js 20.19+ allows.
const { createSpiffClient, createWebhookClient } = require('@spiff-sdk/client');
const { signPayload } = require('@spiff-sdk/signature');
const { everyOperation } = require('../shared/every-operation.js');

if (typeof signPayload !== 'function') throw new Error('@spiff-sdk/signature did not require');
everyOperation({ createSpiffClient, createWebhookClient }, '(b) CommonJS require').then(
  console.log,
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
