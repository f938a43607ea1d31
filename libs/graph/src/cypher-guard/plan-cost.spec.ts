import { findCostlyOperator, type PlanLike } from './plan-cost';

function op(operatorType: string, rows: number, children: PlanLike[] = []): PlanLike {
  return { operatorType, arguments: { EstimatedRows: rows }, children };
}

describe('findCostlyOperator', () => {
  it('accepts a selective plan', () => {
    const plan = op('ProduceResults@neo4j', 3, [op('NodeIndexSeek@neo4j', 3)]);
    expect(findCostlyOperator(plan)).toBeNull();
  });

  it('accepts a small cartesian product of two index lookups', () => {
    const plan = op('ProduceResults', 4, [op('CartesianProduct', 4, [op('NodeIndexSeek', 2), op('NodeIndexSeek', 2)])]);
    expect(findCostlyOperator(plan)).toBeNull();
  });

  it('rejects a large cartesian product of unrelated scans', () => {
    const product = op('CartesianProduct@neo4j', 2_500_000, [op('AllNodesScan', 5000), op('AllNodesScan', 500)]);
    const verdict = findCostlyOperator(op('ProduceResults@neo4j', 2_500_000, [product]));
    expect(verdict?.code).toBe('COSTLY_PLAN');
    expect(verdict?.message).toContain('CartesianProduct');
  });

  it('rejects any operator above the row estimate limit, reading driver Integers too', () => {
    const expand = { operatorType: 'VarLengthExpand(All)', arguments: { EstimatedRows: { toNumber: () => 5e7 } }, children: [] };
    const verdict = findCostlyOperator(op('ProduceResults', 10, [expand]), { maxEstimatedRows: 1e6 });
    expect(verdict?.message).toMatch(/VarLengthExpand\(All\).*limit 1000000/);
  });
});
