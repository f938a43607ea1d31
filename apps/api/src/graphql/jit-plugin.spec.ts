import { GraphQLError, buildSchema, parse, type GraphQLFormattedError } from 'graphql';
import { jitPlugin } from './jit-plugin';

const schema = buildSchema(`
  type Query { hello(name: String!): String!, items: [Item!]!, broken: String }
  type Item { id: ID!, n: Int! }
  type Mutation { bump: Int! }
`);
const root = {
  hello: ({ name }: { name: string }) => `你好 ${name}`,
  items: () => [{ id: 'a', n: 1 }, { id: 'b', n: 2 }],
  broken: () => {
    throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
  },
};
// buildSchema has no resolvers: attach the root's as field resolvers, as Nest's schema has.
for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
  field.resolve = (_p, args) => (root as Record<string, (a: unknown) => unknown>)[name](args);
}

const format = (e: GraphQLFormattedError) => ({ ...e, message: `[${e.extensions?.code}] ${e.message}` });

async function answer(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions[0] as { operation: string };
  const hooks = await jitPlugin(() => schema, format).requestDidStart!({} as never);
  const ctx = { source, document, operation, operationName: null, request: { variables }, contextValue: {} };
  return hooks!.responseForOperation!(ctx as never);
}

describe('jitPlugin', () => {
  it('answers a query itself, with the same data graphql-js would give', async () => {
    const res = await answer('query($n: String!) { hello(name: $n) items { id n } }', { n: '星桥' });
    expect(res?.body).toEqual({ kind: 'single', singleResult: { data: { hello: '你好 星桥', items: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }] } } });
  });

  it('words resolver errors as Apollo does, code kept, through formatError', async () => {
    const res = await answer('{ broken }');
    const single = (res?.body as unknown as { singleResult: { data: unknown; errors: GraphQLFormattedError[] } }).singleResult;
    expect(single.data).toEqual({ broken: null });
    expect(single.errors).toEqual([expect.objectContaining({ message: '[NOT_FOUND] no such thing', path: ['broken'], extensions: { code: 'NOT_FOUND' } })]);
  });

  it('leaves mutations to Apollo', async () => {
    expect(await answer('mutation { bump }')).toBeNull();
  });
});
