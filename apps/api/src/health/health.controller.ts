import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { NEO4J_EXECUTOR } from '../neo4j/tokens';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

interface Connectivity {
  verifyConnectivity(deadlineMs?: number): Promise<void>;
}

// A load balancer polls this: it must answer in seconds even when Neo4j is frozen.
const HEALTH_DEADLINE_MS = 3_000;

@Controller()
export class HealthController {
  constructor(
    @Inject(NEO4J_EXECUTOR) private readonly executor: Connectivity,
    @InjectPinoLogger('health') private readonly logger: PinoLogger,
  ) {}

  // 200 when Neo4j answers a query, 503 when it does not; the reason goes to the log, not to the caller.
  @Get('health')
  async health(@Res() res: JsonResponse): Promise<void> {
    const started = Date.now();
    try {
      await this.executor.verifyConnectivity(HEALTH_DEADLINE_MS);
      res.status(HttpStatus.OK).json({ status: 'ok', neo4j: 'up', latencyMs: Date.now() - started });
    } catch (error) {
      this.logger.warn(`Neo4j is down: ${(error as Error).message}`);
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', neo4j: 'down' });
    }
  }
}
