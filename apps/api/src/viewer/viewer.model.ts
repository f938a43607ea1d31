import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ViewerRole {
  READER = 'READER',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
}
registerEnumType(ViewerRole, { name: 'ViewerRole', description: 'What the caller may do: read, correct (reviewer), or also ingest and delete (admin).' });

@ObjectType({ description: 'Who the bearer token names, so a page knows which controls to offer.' })
export class Viewer {
  @Field(() => String, { nullable: true, description: 'The reviewer of API_REVIEWERS, admin for the write token, null for a reader.' })
  name!: string | null;
  @Field(() => ViewerRole) role!: ViewerRole;
}
