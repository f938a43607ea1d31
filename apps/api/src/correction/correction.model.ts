import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CorrectionKind {
  REJECT_FULFILS = 'reject-fulfils',
  ACCEPT_FULFILS = 'accept-fulfils',
  REJECT_SLOGAN = 'reject-slogan',
  REJECT_PROJECT = 'reject-project',
  ACCEPT_SLOGAN = 'accept-slogan',
  ACCEPT_PROJECT = 'accept-project',
  MERGE_SLOGANS = 'merge-slogans',
  MERGE_PROJECTS = 'merge-projects',
  RENAME = 'rename',
  SPLIT = 'split',
  KEEP_APART = 'keep-apart',
  REJECT_PART = 'reject-part',
  ACCEPT_PART = 'accept-part',
  ADD_PART = 'add-part',
  ADD_FULFILS = 'add-fulfils',
  REJECT_ADOPTS = 'reject-adopts',
  REJECT_OUTCOME = 'reject-outcome',
  SET_OUTCOME = 'set-outcome',
  SET_DOCUMENT = 'set-document',
  ACCEPT_VARIANT = 'accept-variant',
  REJECT_VARIANT = 'reject-variant',
}
registerEnumType(CorrectionKind, { name: 'CorrectionKind', description: 'What a correction does.' });

@InputType({ description: 'A correction of the graph; which fields it needs depends on its kind.' })
export class CorrectionInput {
  @Field(() => CorrectionKind) kind!: CorrectionKind;
  @Field(() => String, { nullable: true, description: 'reject-, accept-, add-fulfils, reject-, accept-project: the project (its name, or its id for one body\'s project)' }) project?: string | null;
  @Field(() => String, { nullable: true, description: 'reject-, accept-, add-fulfils, reject-, accept-slogan, reject-adopts: the slogan' }) slogan?: string | null;
  @Field(() => String, { nullable: true, description: 'merge-slogans, merge-projects: what becomes an alias; split: the entity the alias leaves' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'merge-slogans, merge-projects: what it becomes an alias of' }) into?: string | null;
  @Field(() => String, { nullable: true, description: 'rename, split, keep-apart: slogan or project' }) entity?: string | null;
  @Field(() => String, { nullable: true, description: 'rename: the current name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'rename: the new name (the old one stays an alias)' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'split: the alias that becomes its own entity again' }) alias?: string | null;
  @Field(() => String, { nullable: true, description: 'keep-apart: one of two entities that are not one (a project by name or id)' }) a?: string | null;
  @Field(() => String, { nullable: true, description: 'keep-apart: the other; the pair is no longer proposed for a merge' }) b?: string | null;
  @Field(() => String, { nullable: true, description: 'reject-, accept-, add-part: the slogan that has parts' }) programme?: string | null;
  @Field(() => String, { nullable: true, description: 'reject-, accept-, add-part: the part' }) part?: string | null;
  @Field(() => ID, { nullable: true, description: 'add-part, add-fulfils, reject-, set-outcome, set-document: the document id' }) document?: string | null;
  @Field(() => Int, { nullable: true, description: 'add-part, add-fulfils: where the evidence starts in the document text' }) start?: number | null;
  @Field(() => Int, { nullable: true, description: 'add-part, add-fulfils: where the evidence ends (exclusive)' }) end?: number | null;
  @Field(() => String, { nullable: true, description: 'reject-adopts: the body (a place id, or a name that only one place has)' }) body?: string | null;
  @Field(() => String, { nullable: true, description: 'reject-outcome, set-outcome: the outcome id (<document>:<start>) or its start offset' }) outcome?: string | null;
  @Field(() => String, { nullable: true, description: 'set-outcome: achieved, target, in_progress or input' }) status?: string | null;
  @Field(() => Float, { nullable: true, description: 'set-outcome: the value' }) value?: number | null;
  @Field(() => String, { nullable: true, description: 'set-document: the subject (a place id, or a name that only one place has)' }) subject?: string | null;
  @Field(() => Int, { nullable: true, description: 'set-document: the year' }) year?: number | null;
  @Field(() => String, { nullable: true, description: 'set-document: the title' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'accept-, reject-variant: the slogan that varies a campaign (最多跑一趟)' }) variant?: string | null;
  @Field(() => String, { nullable: true, description: 'accept-, reject-variant: the campaign it varies (最多跑一次)' }) of?: string | null;
  @Field(() => String, { nullable: true, description: 'why: shown in the audit log' }) reason?: string | null;
}

@ObjectType({ description: 'One entry of the corrections log.' })
export class Correction {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field({ description: 'What it corrects: FULFILS:<project>→<slogan>, HAS_PART:<programme>→<part>, ADOPTS:<place>→<slogan>, Slogan:<name>, Project:<name>, Outcome:<id>, Document:<id>, Correction:<id>.' }) target!: string;
  @Field() author!: string;
  @Field() reason!: string;
  @Field({ description: 'ISO time it was recorded.' }) at!: string;
  @Field({ description: 'active or reverted' }) status!: string;
  @Field(() => Boolean, { description: 'Its target is no longer in the graph (the documents that named it are gone): kept, never dropped.' }) orphaned!: boolean;
}

export enum ReviewKind {
  FULFILS = 'FULFILS',
  PART = 'PART',
  SLOGAN = 'SLOGAN',
  PROJECT = 'PROJECT',
  VARIANT = 'VARIANT',
}
registerEnumType(ReviewKind, { name: 'ReviewKind', description: 'Which facts a review queue lists.' });

@ObjectType({ description: 'A fact waiting for a reviewer, with the sentence that states it.' })
export class ReviewItem {
  @Field() kind!: string;
  @Field({ description: 'What correct() targets for it: FULFILS:<project>→<slogan>, HAS_PART:<programme>→<part>, Slogan:<name>, Project:<name>.' }) target!: string;
  @Field(() => String, { nullable: true, description: 'FULFILS, PROJECT: the project' }) project!: string | null;
  @Field(() => ID, { nullable: true, description: 'FULFILS, PROJECT: the project\'s id (a name is unique only within one body)' }) projectId!: string | null;
  @Field(() => String, { nullable: true, description: 'FULFILS, SLOGAN: the slogan' }) slogan!: string | null;
  @Field(() => String, { nullable: true, description: 'PART: the slogan that has the part' }) programme!: string | null;
  @Field(() => String, { nullable: true, description: 'PART: the part' }) part!: string | null;
  @Field(() => String, { nullable: true, description: 'SLOGAN, PROJECT: its name' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'VARIANT: the slogan proposed as a variant (ACCEPT_VARIANT or REJECT_VARIANT with variant and of)' }) variant?: string | null;
  @Field(() => String, { nullable: true, description: 'VARIANT: the campaign it may vary (a slogan three or more bodies adopted)' }) of?: string | null;
  @Field(() => [String], { nullable: true, description: 'VARIANT: one character apart, edit distance 2, same frame, same characters, parts in common' }) reasons?: string[] | null;
  @Field(() => Float, {
    description: 'FULFILS: the tie\'s; PART: the share of documents naming the programme that state the part; SLOGAN, PROJECT: the highest the extraction gave it in any document (0.5 when none)',
  })
  confidence!: number;
  @Field(() => String, { nullable: true, description: 'The extraction rule that made it.' }) rule!: string | null;
  @Field(() => Int, { description: 'Documents that mention its entities.' }) documents!: number;
  @Field(() => Float, { description: '(1 − confidence) × documents: the queue is sorted by it.' }) priority!: number;
  @Field({ description: 'The sentence that states it (for a part, slogan or project: the sentence of its first mention).' }) evidence!: string;
  @Field(() => ID) documentId!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field({ description: 'Give it as `after` to continue the queue after this item.' }) cursor!: string;
}

export enum MergeKind {
  SLOGAN = 'SLOGAN',
  PROJECT = 'PROJECT',
}
registerEnumType(MergeKind, { name: 'MergeKind', description: 'Which entities merge candidates pair.' });

@ObjectType({ description: 'Two slogans (or two projects) that are likely one: proposed, never merged by itself.' })
export class MergeCandidate {
  @Field() a!: string;
  @Field() b!: string;
  @Field(() => ID, { description: 'a\'s id (a project\'s name is unique only within one body): give it as from or into' }) aId!: string;
  @Field(() => ID) bId!: string;
  @Field(() => [String], { description: 'contains, same pinyin, same initials, one character apart; for projects also shared FULFILS targets, same body and year' }) reasons!: string[];
  @Field(() => Int) documentsA!: number;
  @Field(() => Int) documentsB!: number;
}
