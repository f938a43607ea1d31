import { Neo4jError } from 'neo4j-driver';
import { GraphError } from './graph-error';
import { graphErrorCodeOf, toGraphError } from './map-neo4j-error';

describe('graphErrorCodeOf', () => {
  it.each([
    ['ServiceUnavailable', 'NEO4J_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'AUTH_FAILED'],
    ['Neo.ClientError.Statement.SyntaxError', 'SYNTAX_ERROR'],
    ['Neo.ClientError.Statement.ParameterMissing', 'INVALID_QUERY'],
    ['Neo.ClientError.Statement.AccessMode', 'FORBIDDEN'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONSTRAINT_VIOLATION'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'TRANSIENT'],
    ['Neo.DatabaseError.General.UnknownError', 'GRAPH_ERROR'],
    [undefined, 'GRAPH_ERROR'],
  ])('maps %s to %s', (code, expected) => {
    expect(graphErrorCodeOf(code)).toBe(expected);
  });
});

describe('toGraphError', () => {
  it('wraps a driver error, keeping its code and the original as cause', () => {
    const driverError = new Neo4jError('bad credentials', 'Neo.ClientError.Security.Unauthorized', '42NFF', 'x');
    const mapped = toGraphError(driverError) as GraphError;
    expect(mapped).toBeInstanceOf(GraphError);
    expect(mapped.code).toBe('AUTH_FAILED');
    expect(mapped.message).toContain('NEO4J_PASSWORD');
    expect(mapped.cause).toBe(driverError);
  });

  it('takes a connection the pool could not give in time (a frozen server holding them all) for an unavailable Neo4j', () => {
    const driverError = new Neo4jError('Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 2, Idle conn count = 0.', 'N/A', '50N42', 'x');
    expect((toGraphError(driverError) as GraphError).code).toBe('NEO4J_UNAVAILABLE');
  });

  it('passes our own and foreign errors through unchanged', () => {
    const ours = new GraphError('TIMEOUT', 'slow');
    const foreign = new RangeError('from a transaction callback');
    expect(toGraphError(ours)).toBe(ours);
    expect(toGraphError(foreign)).toBe(foreign);
  });
});
