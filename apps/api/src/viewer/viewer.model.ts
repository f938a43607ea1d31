import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ViewerRole {
  READER = 'READER',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
}
registerEnumType(ViewerRole, { name: 'ViewerRole', description: 'What the caller may do: read, correct (reviewer), or also ingest and delete (admin).' });

@ObjectType({ description: 'Who the bearer token names, so a page knows which controls to offer.' })
export class Viewer {
  @Field(() => String, { nullable: true, description: 'The name of the token in API_READERS, API_REVIEWERS or API_ADMINS (admin for API_WRITE_TOKEN); null for no token or API_READ_TOKEN.' })
  name!: string | null;
  @Field(() => ViewerRole) role!: ViewerRole;
}
