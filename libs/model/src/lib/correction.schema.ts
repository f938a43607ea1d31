import { z } from 'zod';
import { OutcomeStatusSchema } from './extraction.schema';

// A reviewer's correction of the graph: data, not an edit. Corrections are kept in the graph as an
// append-only log and applied to every document as it is written, so re-extraction never undoes
// them. Entities are named as the graph names them: a slogan by its name, a project by its name
// (or its id, `<body id>|<name>`, for one body's project), a tie by both ends, a place by its id,
// a document by its id (sha256), an outcome by its id (`<document id>:<start offset>`, or just the
// start offset).

const name = z.string().trim().min(1).max(200);
const id = z.string().trim().min(1).max(300);
const offset = z.number().int().min(0);
const entity = z.enum(['slogan', 'project']);
const common = { reason: z.string().trim().max(2000).default(''), author: z.string().trim().min(1).max(200) };
// an evidence span in a document's text: where it lies inside the text is checked against the graph
const span = { document: id, start: offset, end: offset };
const nonEmpty = { message: 'the evidence span is empty: end must be greater than start', path: ['end'] };
const differ = (a: string, b: string, message: string): [(c: Record<string, unknown>) => boolean, { message: string; path: string[] }] => [
  (c) => c[a] !== c[b],
  { message, path: [b] },
];

export const CorrectionInputSchema = z.discriminatedUnion('kind', [
  // a project does not fulfil a slogan; or a reviewer confirms that it does
  z.object({ kind: z.literal('reject-fulfils'), project: name, slogan: name, ...common }),
  z.object({ kind: z.literal('accept-fulfils'), project: name, slogan: name, ...common }),
  // a slogan or a project that is not one; or a reviewer confirms that it is
  z.object({ kind: z.literal('reject-slogan'), slogan: name, ...common }),
  z.object({ kind: z.literal('reject-project'), project: name, ...common }),
  z.object({ kind: z.literal('accept-slogan'), slogan: name, ...common }),
  z.object({ kind: z.literal('accept-project'), project: name, ...common }),
  // two entities are one: `from` becomes an alias of `into`
  z.object({ kind: z.literal('merge-slogans'), from: name, into: name, ...common }).refine(...differ('from', 'into', 'a slogan cannot be merged into itself')),
  z.object({ kind: z.literal('merge-projects'), from: name, into: name, ...common }).refine(...differ('from', 'into', 'a project cannot be merged into itself')),
  // two entities that look alike are not one: the pair is no longer proposed for a merge (no document changes)
  z.object({ kind: z.literal('keep-apart'), entity, a: name, b: name, ...common }).refine(...differ('a', 'b', 'an entity is always the same as itself')),
  // a slogan is (or is not) a variant of a campaign (最多跑一地 of 最多跑一次): related, never merged (no document changes)
  z.object({ kind: z.literal('accept-variant'), variant: name, of: name, ...common }).refine(...differ('variant', 'of', 'a slogan is not a variant of itself')),
  z.object({ kind: z.literal('reject-variant'), variant: name, of: name, ...common }).refine(...differ('variant', 'of', 'a slogan is not a variant of itself')),
  // an entity's name is `to`; the old name stays as an alias
  z.object({ kind: z.literal('rename'), entity, name, to: name, ...common }).refine(...differ('name', 'to', 'the new name is the old one')),
  // undo one alias of a merge: the alias is its own entity again
  z.object({ kind: z.literal('split'), entity, alias: name, from: name, ...common }).refine(...differ('alias', 'from', 'an entity cannot be split from itself')),
  // a programme has (or has not) a slogan as a part; `add-part` states it with the sentence that says so
  z.object({ kind: z.literal('reject-part'), programme: name, part: name, ...common }),
  z.object({ kind: z.literal('accept-part'), programme: name, part: name, ...common }),
  z.object({ kind: z.literal('add-part'), programme: name, part: name, ...span, ...common })
    .refine((c) => c.end > c.start, nonEmpty)
    .refine(...differ('programme', 'part', 'a slogan cannot be a part of itself')),
  // a tie the extraction missed, with the sentence that states it
  z.object({ kind: z.literal('add-fulfils'), project: name, slogan: name, ...span, ...common }).refine((c) => c.end > c.start, nonEmpty),
  // a body does not adopt a slogan (the body is a place id, as the graph keys places)
  z.object({ kind: z.literal('reject-adopts'), body: id, slogan: name, ...common }),
  // an outcome that is not one, or its status or value put right
  z.object({ kind: z.literal('reject-outcome'), document: id, outcome: id, ...common }),
  z.object({ kind: z.literal('set-outcome'), document: id, outcome: id, status: OutcomeStatusSchema.optional(), value: z.number().finite().optional(), ...common }).refine(
    (c) => c.status !== undefined || c.value !== undefined,
    { message: 'set-outcome needs a status or a value', path: ['status'] },
  ),
  // a document's subject (a place id), year or title put right
  z.object({
    kind: z.literal('set-document'),
    document: id,
    subject: id.optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    title: z.string().trim().min(1).max(500).optional(),
    ...common,
  }).refine((c) => c.subject !== undefined || c.year !== undefined || c.title !== undefined, { message: 'set-document needs a subject, a year or a title', path: ['subject'] }),
  // undo an earlier correction (a revert of a revert restores it)
  z.object({ kind: z.literal('revert'), correction: z.string().trim().min(1), ...common }),
]);
export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;
export type CorrectionKind = CorrectionInput['kind'];
export const CORRECTION_KINDS = CorrectionInputSchema.options.map((o) => o.shape.kind.value) as CorrectionKind[];

/** A recorded correction: the input with its id and time. */
export const CorrectionSchema = z.intersection(CorrectionInputSchema, z.object({ id: z.string().min(1), at: z.string().datetime() }));
export type Correction = z.infer<typeof CorrectionSchema>;
