// What a request's log line says beyond HTTP: filled in by the GraphQL layer (or a refusal before
// it), read once when the answer is sent.
export interface RequestRecord {
  /** GraphQL operation name; "anonymous" for an operation without one */
  operation?: string;
  /** query, mutation or subscription */
  operationType?: string;
  /** Neo4j transactions the request ran */
  cypherQueries?: number;
  /** extensions.code of each error in the answer */
  errorCodes?: string[];
}

const RECORD = Symbol('request record');

type Recorded = object & { [RECORD]?: RequestRecord };

export function recordOf(req: object): RequestRecord {
  const recorded = req as Recorded;
  return (recorded[RECORD] ??= {});
}

export function recordErrors(req: object, codes: string[]): void {
  if (codes.length) recordOf(req).errorCodes = codes;
}
