import type { ComplexityEstimatorArgs } from '@nestjs/graphql';

// A page costs its selection once per item it may return.
export const pageCost = ({ args, childComplexity }: ComplexityEstimatorArgs) => 1 + childComplexity * Number(args.first ?? 50);

// Root lists sized by `limit`: a cheap flat selection per item, scaled down since items are small.
export const limitCost = ({ args, childComplexity }: ComplexityEstimatorArgs) => 1 + Math.ceil((childComplexity * Number(args.limit ?? 20)) / 10);
