import { Injectable } from '@nestjs/common';
import { neighbourhood, viewFile, type CypherReader } from '@policy-graph/graph';
import { z } from 'zod';
import { EntityTypeEnum } from '../common/enums';
import { validate, Year } from '../common/validate';
import type { Neighbourhood, NeighbourhoodArgs, ViewFileArgs } from './neighbourhood.model';

const Input = z.object({
  ids: z.array(z.string().min(1)).min(1).max(50),
  depth: z.number().int().min(1).max(3),
  limit: z.number().int().min(1).max(2000),
  edgeLimit: z.number().int().min(1).max(20_000).optional(),
  from: Year.nullable(),
  to: Year.nullable(),
});

const FileInput = z.object({ ids: z.array(z.string().min(1)).min(1).max(5000), format: z.enum(['graphml', 'gexf']) });

// Documents are hubs: by default they join the view only around a starting node (a place's reports,
// a document itself, an outcome's source); asking for Document walks every node's mentions.
export const DEFAULT_TYPES = ['Slogan', 'Project', 'Place', 'Outcome', 'Document'];

@Injectable()
export class NeighbourhoodService {
  async around(db: CypherReader, args: NeighbourhoodArgs): Promise<Neighbourhood> {
    const raw = {
      ids: args.ids,
      depth: args.depth,
      limit: args.limit,
      edgeLimit: args.edgeLimit ?? undefined,
      from: args.years?.from ?? null,
      to: args.years?.to ?? null,
    };
    const input = validate(Input, raw, 'neighbourhood');
    const chosen = !!args.types?.length;
    const labels = chosen ? (args.types ?? []).map((t) => EntityTypeEnum[t]) : DEFAULT_TYPES;
    const row = await neighbourhood(db, { ...input, labels, seedReports: !chosen });
    const { nodes, edges } = row.elements;
    return { elements: row.elements, capped: row.capped, counts: { nodes: nodes.length, edges: edges.length, totalNodes: row.totalNodes, totalEdges: row.totalEdges } };
  }

  file(db: CypherReader, args: ViewFileArgs): Promise<string> {
    const { ids, format } = validate(FileInput, { ids: args.ids, format: args.format }, 'viewFile');
    return viewFile(db, ids, format);
  }
}
