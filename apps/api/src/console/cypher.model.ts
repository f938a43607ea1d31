import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../common/json.scalar';
import { GraphElements } from '../neighbourhood/elements.model';

@ObjectType({ description: 'A read-only query result as a table and, where it holds nodes, as graph elements.' })
export class CypherResult {
  @Field(() => [String]) columns!: string[];
  @Field(() => [JSONScalar], { description: 'Each row a JSON array in column order.' }) rows!: unknown[][];
  @Field(() => Int, { description: 'Rows in this answer (in this page, for a page).' }) rowCount!: number;
  @Field(() => Int, { description: "A page's first row in the whole result, 0 the first; 0 when not paged." }) offset!: number;
  @Field(() => Int, { nullable: true, description: 'Rows of the whole result, counted when a page was asked for (runSavedQuery first/offset); null otherwise.' })
  totalCount!: number | null;
  @Field({ description: 'True when the row limit or the byte limit cut the result (the byte limit, for a page).' }) truncated!: boolean;
  @Field(() => String, { nullable: true, description: 'What cut the result: ROWS (rowLimit) or BYTES (byteLimit); null when nothing did.' })
  truncatedBy!: 'ROWS' | 'BYTES' | null;
  @Field(() => Int) rowLimit!: number;
  @Field(() => Int, { description: 'Largest answer in bytes (the rows as JSON).' }) byteLimit!: number;
  @Field(() => GraphElements) elements!: GraphElements;
  @Field(() => Int) durationMs!: number;
}

@ArgsType()
export class CypherArgs {
  @Field({ description: 'A read-only Cypher query.' }) query!: string;
  @Field(() => JSONScalar, { nullable: true, description: 'Parameters as a JSON object.' })
  params?: Record<string, unknown> | null;
}
