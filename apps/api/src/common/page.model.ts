import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 500.' })
  first!: number;
  @Field(() => String, { nullable: true, description: 'Cursor from a previous pageInfo.endCursor.' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

// A Relay-style list: nodes, the total and an opaque cursor.
export function Connection<T>(item: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [item]) nodes!: T[];
    @Field(() => Int) totalCount!: number;
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionType as Type<Page<T>>;
}
