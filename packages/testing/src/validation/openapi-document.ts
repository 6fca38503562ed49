/** The parts of an OpenAPI 3.1 document the mock reads; everything else passes through untyped. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, any>>;
  components: Record<string, Record<string, any>>;
  [key: string]: unknown;
}
