import { Controller, Get, Header } from '@nestjs/common';
import { metricsOfAllWorkers } from './cluster-metrics';
import { metricsRegistry } from './metrics';

// Prometheus scrapes this (text exposition format); under `kg serve --workers N`, the sum of all workers.
@Controller()
export class MetricsController {
  @Get('metrics')
  @Header('Content-Type', metricsRegistry.contentType)
  @Header('Cache-Control', 'no-store')
  metrics(): Promise<string> {
    return metricsOfAllWorkers();
  }
}
