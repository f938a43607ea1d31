import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';

// A gold annotation file (<stem>.gold.json): what careful readers found in one document.
// `required` items count for recall; `acceptable` ones are neither rewarded nor penalised.

const Named = z.union([z.string(), z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) }).passthrough()]);
const GoldSlogan = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), parts: z.array(z.string()).default([]) }).passthrough();
const GoldOutcome = z.object({ value: z.number(), unit: z.string(), status: z.enum(['achieved', 'target', 'in_progress', 'input']) }).passthrough();
const GoldOutcomeKey = z.object({ value: z.number(), unit: z.string() }).passthrough();
const Pair = z.tuple([z.string(), z.string()]);

const tiers = <R extends z.ZodTypeAny, A extends z.ZodTypeAny>(required: R, acceptable: A) =>
  z.object({ required: z.array(required).default([]), acceptable: z.array(acceptable).default([]) }).default({ required: [], acceptable: [] });

export const GoldSchema = z.object({
  file: z.string().min(1),
  subject: z
    .object({ street: z.string().nullable().optional(), district: z.string().nullable().optional(), city: z.string().nullable().optional(), province: z.string().nullable().optional() })
    .default({}),
  date: z.string().nullable().optional(),
  year: z.number().nullable().optional(),
  slogans: tiers(GoldSlogan, Named),
  projects: tiers(Named, Named),
  outcomes: tiers(GoldOutcome, GoldOutcomeKey),
  fulfils: tiers(Pair, Pair),
  notes: z.string().optional(),
});
export type Gold = z.infer<typeof GoldSchema>;
export type GoldNamed = z.infer<typeof Named>;

export interface GoldDocument {
  stem: string;
  gold: Gold;
  /** the document's text file, found beside the gold or in the extra text folders */
  textFile: string | null;
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

/** Every <stem>.gold.json of a folder, validated, with the text file each one annotates. */
export async function loadGold(dir: string, textDirs: string[]): Promise<GoldDocument[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  if (!names.length) throw new Error(`${dir}: no *.gold.json files`);
  const docs: GoldDocument[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = GoldSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
    }
    let textFile: string | null = null;
    for (const d of [dir, ...textDirs]) {
      const candidate = path.join(d, parsed.data.file);
      if (await exists(candidate)) {
        textFile = candidate;
        break;
      }
    }
    docs.push({ stem: name.slice(0, -'.gold.json'.length), gold: parsed.data, textFile });
  }
  return docs;
}
