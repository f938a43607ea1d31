import { Injectable } from '@nestjs/common';
import { diffusionOf, type CypherReader } from '@policy-graph/graph';
import { z } from 'zod';
import { apiError } from '../common/errors';
import { validate, Year } from '../common/validate';
import { SloganService } from '../slogan/slogan.service';
import type { Diffusion, DiffusionArgs } from './diffusion.model';

const Range = z.object({ from: Year.nullable(), to: Year.nullable() });

@Injectable()
export class DiffusionService {
  constructor(private readonly slogans: SloganService) {}

  async diffusion(db: CypherReader, args: DiffusionArgs): Promise<Diffusion> {
    const range = validate(Range, { from: args.from ?? null, to: args.to ?? null }, 'diffusion');
    if (range.from !== null && range.to !== null && range.from > range.to) {
      throw apiError('BAD_USER_INPUT', `diffusion: from (${range.from}) is after to (${range.to}); swap them.`);
    }
    const slogan = await this.slogans.find(db, args.slogan);
    const result = await diffusionOf(db, slogan.id, { level: args.level ?? null, ...range });
    return { slogan: { id: slogan.id, name: slogan.name }, totalAdopters: result.adopters.length, ...result } as Diffusion;
  }
}
