export interface SpecExample {
  where: string;
  schemaPointer: string;
  value: unknown;
  schemaName?: string;
  operationId?: string;
  part?: 'request' | 'response';
  status?: string;
}
export declare const httpMethods: string[];
export declare function resolvePointer(spec: unknown, pointer: string): any;
export declare function collectExamples(spec: unknown): {
  examples: SpecExample[];
  bodiesWithoutExamples: string[];
};
