import { Injectable } from '@nestjs/common';
import { compareYears, type CypherReader } from '@policy-graph/graph';
import { z } from 'zod';
import { validate, Year } from '../common/validate';
import { BodyService } from '../body/body.service';
import type { CompareArgs, Comparison } from './compare.model';

const Years = z.object({ yearA: Year, yearB: Year });

@Injectable()
export class CompareService {
  constructor(private readonly bodies: BodyService) {}

  async compare(db: CypherReader, args: CompareArgs): Promise<Comparison> {
    const { yearA, yearB } = validate(Years, { yearA: args.yearA, yearB: args.yearB }, 'compare');
    const key = args.body.trim();
    const body = /^\d+$/.test(key) ? await this.bodies.find(db, null, key) : await this.bodies.find(db, key, null);
    const changes = await compareYears(db, body.id, yearA, yearB);
    return { body, yearA, yearB, ...changes } as Comparison;
  }
}
