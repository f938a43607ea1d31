import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { NEO4J_EXECUTOR } from '../neo4j/tokens';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

interface Connectivity {
  verifyConnectivity(): Promise<void>;
}

@Controller()
export class HealthController {
  constructor(@Inject(NEO4J_EXECUTOR) private readonly executor: Connectivity) {}

  // 200 when Neo4j answers a query, 503 with the reason when it does not.
  @Get('health')
  async health(@Res() res: JsonResponse): Promise<void> {
    const started = Date.now();
    try {
      await this.executor.verifyConnectivity();
      res.status(HttpStatus.OK).json({ status: 'ok', neo4j: 'up', latencyMs: Date.now() - started });
    } catch (error) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', neo4j: 'down', message: (error as Error).message });
    }
  }
}
