import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { ApiOptions } from '../api-options';
import { WriterGuard } from '../auth/writer.guard';
import { API_OPTIONS } from '../neo4j/tokens';
import { IngestJobService } from './ingest-job.service';
import { uploadLimits } from './job-limits';
import { IngestJobRunner } from './job-runner';
import { UploadController } from './upload.controller';
import { limitedMemoryStorage } from './upload-storage';

// Uploads (POST /uploads) and the runner of ingestion jobs; the GraphQL resolver is in features.ts.
@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [API_OPTIONS],
      useFactory: (options: ApiOptions) => {
        const limits = uploadLimits(options);
        // paths inside a dropped folder are kept, and names are UTF-8 (政府工作报告-…/2018.md)
        return { storage: limitedMemoryStorage(limits), limits: { files: limits.jobFiles }, preservePath: true, defParamCharset: 'utf8' };
      },
    }),
  ],
  controllers: [UploadController],
  providers: [IngestJobRunner, IngestJobService, WriterGuard],
  exports: [IngestJobService, WriterGuard],
})
export class IngestJobModule {}
