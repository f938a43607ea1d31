import { z } from 'zod';

// The extraction contract: one object per document, shared by CLI, API and ingestion.
// Offsets are UTF-16 code units into document.text; start inclusive, end exclusive.

export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede start' });
export type Span = z.infer<typeof SpanSchema>;

// Which extraction rule produced a fact, and how often that rule is right (0–1, measured on the
// evaluation set): what reviewers sort by and what `kg eval` reports per rule.
const RuleSchema = z.string().min(1);
const ConfidenceSchema = z.number().min(0).max(1);

export const ScriptSchema = z.enum(['simplified', 'traditional']);

export const DocumentInfoSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
  script: ScriptSchema,
  source: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  format: z.string().optional(),
  // the version of the extractor that read it (a hash of its code)
  extractor: z.string().optional(),
  text: z.string(),
  // pages (1-based) whose text the reader got by OCR (a scanned PDF page, an image)
  ocrPages: z.array(z.number().int().positive()).optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const AdminLevelSchema = z.enum(['province', 'city', 'district', 'street']);
export type AdminLevel = z.infer<typeof AdminLevelSchema>;

export const SubjectSchema = z.object({
  street: z.string().nullable(),
  district: z.string().nullable(),
  city: z.string().nullable(),
  province: z.string().nullable(),
  code: z.string().nullable(),
  level: AdminLevelSchema.nullable().optional(),
});
export type Subject = z.infer<typeof SubjectSchema>;

export const PlaceSchema = z.object({
  name: z.string(),
  level: AdminLevelSchema,
  code: z.string().nullable(),
  parentCode: z.string().nullable().optional(),
  mentions: z.array(SpanSchema),
});
export type Place = z.infer<typeof PlaceSchema>;

export const SloganSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  parts: z.array(z.string()),
  kind: z.enum(['numbered', 'campaign', 'slogan']).optional(),
  // who launched it where the text says so (区委“一心四区” → district)
  origin: AdminLevelSchema.nullable().optional(),
  mentions: z.array(SpanSchema),
  rule: RuleSchema.optional(),
  confidence: ConfidenceSchema.optional(),
});
export type Slogan = z.infer<typeof SloganSchema>;

export const ProjectSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema),
  rule: RuleSchema.optional(),
  confidence: ConfidenceSchema.optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const OutcomeStatusSchema = z.enum(['achieved', 'target', 'in_progress', 'input']);
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

export const OutcomeSchema = z.object({
  value: z.number(),
  unit: z.string(),
  // value converted to the base unit of its family (36 万元 → 360000 元)
  baseValue: z.number().nullable().optional(),
  baseUnit: z.string().nullable().optional(),
  status: OutcomeStatusSchema,
  metric: z.string().nullable(),
  text: z.string(),
  project: z.string().nullable(),
  mentions: z.array(SpanSchema),
  // the rule that decided the status
  rule: RuleSchema.optional(),
  confidence: ConfidenceSchema.optional(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const RelationSchema = z.object({
  type: z.enum(['FULFILS', 'HAS_PART']),
  from: z.string(),
  to: z.string(),
  confidence: ConfidenceSchema,
  evidence: SpanSchema,
  rule: RuleSchema.optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

export const ExtractionSchema = z.object({
  document: DocumentInfoSchema,
  subject: SubjectSchema,
  places: z.array(PlaceSchema).optional(),
  slogans: z.array(SloganSchema),
  projects: z.array(ProjectSchema),
  outcomes: z.array(OutcomeSchema),
  relations: z.array(RelationSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
