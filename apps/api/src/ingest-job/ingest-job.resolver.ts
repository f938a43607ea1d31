import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ApiOptions } from '../api-options';
import { WriterGuard, writerOf } from '../auth/writer.guard';
import type { GqlContext } from '../graphql/request-context';
import { API_OPTIONS } from '../neo4j/tokens';
import { IngestJob, IngestJobFile } from './ingest-job.model';
import { IngestJobService } from './ingest-job.service';
import type { JobSummary } from './job-store';

// Ingestion jobs: files uploaded with POST /uploads, run through the ingest pipeline off the request.
@Resolver(() => IngestJob)
@UseGuards(WriterGuard)
export class IngestJobResolver {
  constructor(
    private readonly jobs: IngestJobService,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  @Mutation(() => IngestJob, {
    description: 'Ingest the files uploaded with POST /uploads (their ids) and the documents at the URLs given (fetched by the server). Needs an admin or reviewer token.',
  })
  startIngestJob(
    @Args('uploadIds', { type: () => [ID], defaultValue: [] }) uploadIds: string[],
    @Args('urls', { type: () => [String], defaultValue: [] }) urls: string[],
    @Context() ctx: GqlContext,
  ) {
    return this.jobs.start(uploadIds, urls, writerOf(this.options, ctx.req?.headers) ?? '');
  }

  @Query(() => IngestJob, { nullable: true, description: 'One job with its counts; poll it for progress. Admin or reviewer token.' })
  ingestJob(@Args('id', { type: () => ID }) id: string) {
    return this.jobs.job(id);
  }

  @Query(() => [IngestJob], { description: 'The latest jobs, newest first. Admin or reviewer token.' })
  ingestJobs(@Args('limit', { type: () => Int, defaultValue: 20 }) limit: number) {
    return this.jobs.jobs(limit);
  }

  @Mutation(() => IngestJob, { description: 'Stop a job: queued files are cancelled, files in flight finish.' })
  cancelIngestJob(@Args('id', { type: () => ID }) id: string) {
    return this.jobs.cancel(id);
  }

  @Mutation(() => IngestJob, { description: 'Queue the failed and cancelled files of a job again.' })
  retryIngestJob(@Args('id', { type: () => ID }) id: string) {
    return this.jobs.retry(id);
  }

  @ResolveField(() => [IngestJobFile], { description: 'Every file with its state, in upload order.' })
  files(@Parent() job: JobSummary) {
    return this.jobs.files(job.id);
  }
}
