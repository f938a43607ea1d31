import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { apiError } from '../common/errors';
import { validate } from '../common/validate';
import type { ApiOptions } from '../api-options';
import type { ExecutorBinding } from '../neo4j/request-session';
import { API_OPTIONS, INGESTER } from '../neo4j/tokens';
import type { IngestDocumentInput, IngestResult } from './ingest.model';
import { documentsIngested } from '../metrics/metrics';

export interface DocumentMetadata {
  title?: string | null;
  date?: string | null;
  year?: number | null;
  sourceKey?: string | null;
  source?: string | null;
  publisher?: string | null;
}

// Extract then load one document, the same pipeline the CLI runs.
// `bind` runs the writes as the request does (its bookmark chain and transaction count).
export type Ingester = (bytes: Buffer, fileName: string, metadata: DocumentMetadata, bind?: ExecutorBinding) => Promise<IngestResult>;

// 2024-13-45 has the shape of a date but names no day.
function isCalendarDate(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const Input = z
  .object({
    fileName: z.string().trim().min(1).max(255).regex(/^[^/\\]+$/, 'a bare file name, without folders'),
    text: z.string().min(1).nullish(),
    base64: z.string().min(1).regex(BASE64, 'not valid base64').nullish(),
    metadata: z
      .object({
        title: z.string().max(500).nullish(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').refine(isCalendarDate, 'not a day of the calendar').nullish(),
        year: z.number().int().min(1900).max(2100).nullish(),
        sourceKey: z.string().max(2000).nullish(),
        source: z.string().max(2000).nullish(),
        publisher: z.string().max(500).nullish(),
      })
      .nullish(),
  })
  .refine((i) => !!i.text !== !!i.base64, { message: 'give exactly one of text or base64' });

@Injectable()
export class IngestService {
  constructor(
    @Inject(INGESTER) private readonly ingest: Ingester,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  async ingestDocument(raw: IngestDocumentInput, bind?: ExecutorBinding): Promise<IngestResult> {
    const input = validate(Input, raw, 'input');
    const bytes = input.text ? Buffer.from(input.text, 'utf8') : Buffer.from(input.base64!, 'base64');
    if (bytes.length > this.options.ingestLimitBytes) {
      throw apiError('PAYLOAD_TOO_LARGE', `The document has ${bytes.length} bytes; the limit is ${this.options.ingestLimitBytes}. Split it or raise BODY_LIMIT_BYTES.`);
    }
    if (!bytes.length) throw apiError('BAD_USER_INPUT', 'input: the document is empty.');
    const metadata = Object.fromEntries(Object.entries(input.metadata ?? {}).filter(([, v]) => v !== null && v !== undefined));
    try {
      const result = await this.ingest(bytes, input.fileName, metadata, bind);
      documentsIngested.inc({ outcome: result.status });
      return result;
    } catch (error) {
      documentsIngested.inc({ outcome: 'failed' });
      throw error;
    }
  }
}
