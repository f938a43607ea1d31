import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../common/json.scalar';

@ObjectType({ description: 'Cytoscape node data.' })
export class CyNodeData {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field({ description: 'Slogan, Project, Place, Document, Outcome or another label.' }) type!: string;
  @Field(() => String, { nullable: true }) level?: string | null;
  @Field(() => [Int], { nullable: true, description: 'Years the node is active, where known.' }) years?: number[] | null;
  @Field(() => JSONScalar, { nullable: true, description: 'Other node properties (no document text).' })
  properties?: Record<string, unknown> | null;
}

@ObjectType({ description: 'Cytoscape edge data.' })
export class CyEdgeData {
  @Field(() => ID) id!: string;
  @Field() source!: string;
  @Field() target!: string;
  @Field() label!: string;
  @Field() type!: string;
  @Field(() => [Int], { nullable: true }) years?: number[] | null;
  @Field(() => JSONScalar, { nullable: true }) properties?: Record<string, unknown> | null;
}

@ObjectType()
export class CyNode {
  @Field(() => CyNodeData) data!: CyNodeData;
}

@ObjectType()
export class CyEdge {
  @Field(() => CyEdgeData) data!: CyEdgeData;
}

@ObjectType({ description: 'Elements ready for cytoscape({ elements }).' })
export class GraphElements {
  @Field(() => [CyNode]) nodes!: CyNode[];
  @Field(() => [CyEdge]) edges!: CyEdge[];
}
