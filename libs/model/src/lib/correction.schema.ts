import { z } from 'zod';

// A reviewer's correction of the graph: data, not an edit. Corrections are kept in the graph as an
// append-only log and applied to every document as it is written, so re-extraction never undoes
// them. Entities are named as the graph names them: a slogan by its name, a project by its name
// (optionally with the id of the body that runs it), a FULFILS tie by both.

const name = z.string().trim().min(1).max(200);
const common = { reason: z.string().trim().max(2000).default(''), author: z.string().trim().min(1).max(200) };

export const CorrectionInputSchema = z.discriminatedUnion('kind', [
  // a project does not fulfil a slogan; or a reviewer confirms that it does
  z.object({ kind: z.literal('reject-fulfils'), project: name, slogan: name, ...common }),
  z.object({ kind: z.literal('accept-fulfils'), project: name, slogan: name, ...common }),
  // a slogan or a project that is not one
  z.object({ kind: z.literal('reject-slogan'), slogan: name, ...common }),
  z.object({ kind: z.literal('reject-project'), project: name, ...common }),
  // two slogans are one: `from` becomes an alias of `into`
  z.object({ kind: z.literal('merge-slogans'), from: name, into: name, ...common }).refine((c) => c.from !== c.into, { message: 'a slogan cannot be merged into itself' }),
  // undo an earlier correction (a revert of a revert restores it)
  z.object({ kind: z.literal('revert'), correction: z.string().trim().min(1), ...common }),
]);
export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;
export type CorrectionKind = CorrectionInput['kind'];

/** A recorded correction: the input with its id and time. */
export const CorrectionSchema = z.intersection(CorrectionInputSchema, z.object({ id: z.string().min(1), at: z.string().datetime() }));
export type Correction = z.infer<typeof CorrectionSchema>;
