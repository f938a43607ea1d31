import { Inject, Injectable } from '@nestjs/common';
import { compareYears, type CypherReader } from '@policy-graph/graph';
import { z } from 'zod';
import { validate, Year } from '../common/validate';
import { BodyService } from '../body/body.service';
import { CYPHER_READER } from '../neo4j/tokens';
import type { CompareArgs, Comparison } from './compare.model';

const Years = z.object({ yearA: Year, yearB: Year });

@Injectable()
export class CompareService {
  constructor(
    @Inject(CYPHER_READER) private readonly db: CypherReader,
    private readonly bodies: BodyService,
  ) {}

  async compare(args: CompareArgs): Promise<Comparison> {
    const { yearA, yearB } = validate(Years, { yearA: args.yearA, yearB: args.yearB }, 'compare');
    const key = args.body.trim();
    const body = /^\d+$/.test(key) ? await this.bodies.find(null, key) : await this.bodies.find(key, null);
    const changes = await compareYears(this.db, body.id, yearA, yearB);
    return { body, yearA, yearB, ...changes } as Comparison;
  }
}
