/**
 * msw 2 handlers with the mock Spiff's behaviour. Requires `msw` (a peer dependency).
 *
 * @packageDocumentation
 */
export {
  createSpiffHandlers,
  type SpiffHandlers,
  type SpiffHandlersOptions,
} from './create-spiff-handlers.js';
