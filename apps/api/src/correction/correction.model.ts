import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CorrectionKind {
  REJECT_FULFILS = 'reject-fulfils',
  REJECT_SLOGAN = 'reject-slogan',
  REJECT_PROJECT = 'reject-project',
  MERGE_SLOGANS = 'merge-slogans',
}
registerEnumType(CorrectionKind, { name: 'CorrectionKind', description: 'What a correction does.' });

@InputType({ description: 'A correction of the graph; which fields it needs depends on its kind.' })
export class CorrectionInput {
  @Field(() => CorrectionKind) kind!: CorrectionKind;
  @Field(() => String, { nullable: true, description: 'reject-fulfils, reject-project: the project' }) project?: string | null;
  @Field(() => String, { nullable: true, description: 'reject-fulfils, reject-slogan: the slogan' }) slogan?: string | null;
  @Field(() => String, { nullable: true, description: 'merge-slogans: the slogan that becomes an alias' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'merge-slogans: the slogan it becomes an alias of' }) into?: string | null;
  @Field(() => String, { nullable: true, description: 'why: shown in the audit log' }) reason?: string | null;
}

@ObjectType({ description: 'One entry of the corrections log.' })
export class Correction {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field({ description: 'What it corrects: FULFILS:<project>→<slogan>, Slogan:<name>, Project:<name>, Correction:<id>.' }) target!: string;
  @Field() author!: string;
  @Field() reason!: string;
  @Field({ description: 'ISO time it was recorded.' }) at!: string;
  @Field({ description: 'active or reverted' }) status!: string;
}
