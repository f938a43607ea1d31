import { AdminResolver } from './admin/admin.resolver';
import { AdminService } from './admin/admin.service';
import { BodyResolver } from './body/body.resolver';
import { BodyService } from './body/body.service';
import { CompareResolver } from './compare/compare.resolver';
import { CompareService } from './compare/compare.service';
import { ConsoleResolver } from './console/console.resolver';
import { ConsoleService } from './console/console.service';
import { CorrectionResolver } from './correction/correction.resolver';
import { CorrectionService } from './correction/correction.service';
import { DiffusionResolver } from './diffusion/diffusion.resolver';
import { DiffusionService } from './diffusion/diffusion.service';
import { DocumentResolver } from './document/document.resolver';
import { DocumentService } from './document/document.service';
import { IngestResolver } from './ingest/ingest.resolver';
import { IngestJobResolver } from './ingest-job/ingest-job.resolver';
import { IngestService } from './ingest/ingest.service';
import { NeighbourhoodResolver } from './neighbourhood/neighbourhood.resolver';
import { NeighbourhoodService } from './neighbourhood/neighbourhood.service';
import { PanelResolver } from './panel/panel.resolver';
import { PanelService } from './panel/panel.service';
import { SavedQueryResolver } from './saved-query/saved-query.resolver';
import { SavedQueryService } from './saved-query/saved-query.service';
import { SearchResolver } from './search/search.resolver';
import { SearchService } from './search/search.service';
import { SloganResolver } from './slogan/slogan.resolver';
import { SloganService } from './slogan/slogan.service';
import { TraceResolver } from './trace/trace.resolver';
import { TraceService } from './trace/trace.service';
import { ViewerResolver } from './viewer/viewer.resolver';

// One list of resolvers, shared by the app and the schema emitter so both see the same schema.
export const RESOLVERS = [
  SearchResolver,
  SloganResolver,
  BodyResolver,
  DiffusionResolver,
  TraceResolver,
  NeighbourhoodResolver,
  DocumentResolver,
  CompareResolver,
  SavedQueryResolver,
  ConsoleResolver,
  IngestResolver,
  IngestJobResolver,
  CorrectionResolver,
  ViewerResolver,
  AdminResolver,
  PanelResolver,
];

export const SERVICES = [
  CorrectionService,
  AdminService,
  SearchService,
  SloganService,
  BodyService,
  DiffusionService,
  TraceService,
  NeighbourhoodService,
  DocumentService,
  CompareService,
  SavedQueryService,
  ConsoleService,
  IngestService,
  PanelService,
];
