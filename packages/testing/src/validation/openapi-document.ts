/** The parts of an OpenAPI 3.1 document the mock reads; everything else passes through untyped. */
export interface OpenApiDocument {
  openapi: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  paths: Record<string, Record<string, any>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  components: Record<string, Record<string, any>>;
  [key: string]: unknown;
}
