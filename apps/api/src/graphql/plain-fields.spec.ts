import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, isObjectType } from 'graphql';
import { RESOLVERS } from '../features';
import { NEST_PROPERTY_READER, withPlainFieldReads } from './plain-fields';

async function nestSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  } finally {
    await app.close();
  }
}

const readers = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((t) => Object.values(t.getFields()).filter((f) => f.resolve?.name === NEST_PROPERTY_READER).map((f) => `${t.name}.${f.name}`));

describe('withPlainFieldReads', () => {
  it("removes Nest's property readers from every object field", async () => {
    const schema = await nestSchema();
    // the name it looks for is still the one Nest uses
    expect(readers(schema)).toContain('Adopter.firstYear');
    withPlainFieldReads(schema);
    expect(readers(schema)).toEqual([]);
  }, 30_000);

  it('keeps resolvers of other names', () => {
    const own = () => 'x';
    const query = new GraphQLObjectType({ name: 'Query', fields: { a: { type: GraphQLString, resolve: own } } });
    const schema = withPlainFieldReads(new GraphQLSchema({ query }));
    expect(schema.getQueryType()?.getFields().a.resolve).toBe(own);
  });
});
