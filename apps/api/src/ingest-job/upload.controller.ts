import { BadRequestException, Controller, HttpCode, Inject, NotFoundException, PayloadTooLargeException, Post, Req, UploadedFiles, UseGuards, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { GraphQLError } from 'graphql';
import { WriterGuard, writerOf } from '../auth/writer.guard';
import type { ApiOptions } from '../api-options';
import { API_OPTIONS } from '../neo4j/tokens';
import { IngestJobService, type UploadedFile } from './ingest-job.service';
import type { StoredFile } from './upload-storage';

type Headers = Record<string, string | string[] | undefined>;

// A GraphQL-style refusal of the service as the HTTP status it stands for.
function httpError(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const code = error.extensions?.code;
  if (code === 'PAYLOAD_TOO_LARGE') return new PayloadTooLargeException(error.message);
  if (code === 'NOT_FOUND') return new NotFoundException(error.message);
  if (code === 'BAD_USER_INPUT') return new BadRequestException(error.message);
  return error;
}

// POST /uploads (multipart/form-data, "files" parts; a part's file name may be a path inside a
// dropped folder): stores the files and answers their ids, for startIngestJob(uploadIds).
@Controller('uploads')
@UseGuards(WriterGuard)
export class UploadController {
  constructor(
    private readonly jobs: IngestJobService,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(FilesInterceptor('files'))
  async upload(@UploadedFiles() files: StoredFile[] | undefined, @Req() req: { headers: Headers }): Promise<{ files: UploadedFile[] }> {
    const by = writerOf(this.options, req.headers) ?? '';
    try {
      return { files: await this.jobs.upload((files ?? []).map((f) => ({ name: f.originalname, bytes: f.buffer })), by) };
    } catch (error) {
      throw httpError(error);
    }
  }
}
