import { registerEnumType } from '@nestjs/graphql';
import type { AdminLevel, OutcomeStatus } from '@policy-graph/model';

// Enum values are the zod model's own strings, so JSON from the graph needs no mapping.
// `country` is the graph's node for the national government (中国), above the provinces.
export const AdminLevelEnum = {
  country: 'country',
  province: 'province',
  city: 'city',
  district: 'district',
  street: 'street',
} as const satisfies Record<AdminLevel | 'country', string>;
registerEnumType(AdminLevelEnum, { name: 'AdminLevel', description: 'Administrative level of a body.' });

export const OutcomeStatusEnum = {
  achieved: 'achieved',
  target: 'target',
  in_progress: 'in_progress',
  input: 'input',
} as const satisfies Record<OutcomeStatus, OutcomeStatus>;
registerEnumType(OutcomeStatusEnum, { name: 'OutcomeStatus' });

export const EntityTypeEnum = {
  Slogan: 'Slogan',
  Project: 'Project',
  Place: 'Place',
  Document: 'Document',
  Outcome: 'Outcome',
} as const;
export type EntityType = keyof typeof EntityTypeEnum;
registerEnumType(EntityTypeEnum, { name: 'EntityType', description: 'Kind of node in the graph.' });
