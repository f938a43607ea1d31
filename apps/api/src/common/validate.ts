import { z } from 'zod';
import { apiError } from './errors';

// zod at the edge: the first issues become one BAD_USER_INPUT message naming the argument.
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((i) => `${[what, ...i.path].join('.')}: ${i.message}`)
    .join('; ');
  throw apiError('BAD_USER_INPUT', issues, { argument: what });
}

export const Year = z.number().int().min(1900).max(2100);
