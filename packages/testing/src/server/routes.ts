import type { OpenApiDocument } from '../validation/openapi-document.js';

/** Which secret signs a route: the company's (Import, Object APIs) or a mapping's (Webhook API). */
export type RouteFamily = 'company' | 'webhook';

/** One operation of the spec, as the mock matches it. */
export interface Route {
  method: string;
  operationId: string;
  family: RouteFamily;
  pattern: RegExp;
  paramNames: string[];
}

/** A request matched to its operation, with its path parameters. */
export interface MatchedRoute {
  route: Route;
  params: Record<string, string>;
}

/**
 * The route table, built from the spec's paths (so a new operation in the spec is routed without a
 * hand-written pattern). Literal segments win over parameters: `imports/test` is not `imports/{id}`.
 */
export function buildRoutes(document: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const paramNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const source = path
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('([^/]+)');
    for (const [method, op] of Object.entries(item)) {
      if (typeof op?.operationId !== 'string') continue;
      routes.push({
        method: method.toUpperCase(),
        operationId: op.operationId,
        family: path.startsWith('/_webhook/') ? 'webhook' : 'company',
        pattern: new RegExp(`^${source}/?$`),
        paramNames,
      });
    }
  }
  return routes.sort((a, b) => a.paramNames.length - b.paramNames.length);
}

/** The route for a method and path, or undefined (Spiff's "Page not found"). */
export function matchRoute(
  routes: Route[],
  method: string,
  path: string,
): MatchedRoute | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
    return { route, params };
  }
  return undefined;
}
