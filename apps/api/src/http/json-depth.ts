import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordErrors } from '../logging/request-record';

// Variables a few thousand levels deep overflow the stack of whatever walks them next (scalars,
// the driver's packer); no real request nests more than a few levels.
export const MAX_JSON_DEPTH = 64;

/** Depth of a parsed JSON value, walked without recursion. */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!node || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Refuses a JSON body nested deeper than `maxDepth` with 400 and a GraphQL-shaped error. */
export function jsonDepthGuard(maxDepth = MAX_JSON_DEPTH) {
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: () => void): void => {
    if (jsonDepth(req.body, maxDepth) <= maxDepth) return next();
    recordErrors(req, ['BAD_REQUEST']);
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
    const message = `The request's JSON is nested more than ${maxDepth} levels deep; flatten the variables.`;
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
  };
}
