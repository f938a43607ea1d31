import { isObjectType, type GraphQLSchema } from 'graphql';

// The name of the resolver NestJS gives every @Field of an object type: it reads the property, or the
// field's defaultValue when the property is undefined (no output field of ours has one).
export const NEST_PROPERTY_READER = 'rootFieldResolver';

/**
 * Drops Nest's property-reading resolvers, in place. Without a resolver GraphQL reads the property
 * itself, and graphql-jit compiles that read inline instead of calling a function, with its promise
 * and error checks, for every field of every list item: a large answer has thousands. Resolvers of
 * our own (@Query, @ResolveField, @Mutation) keep theirs.
 */
export function withPlainFieldReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_READER) field.resolve = undefined;
    }
  }
  return schema;
}
