import { Controller, Get } from '@nestjs/common';

@Controller()
export class HealthController {
  /** Liveness: the process is up and serving. Readiness (dependencies) is /readyz. */
  @Get('healthz')
  healthz() {
    return { status: 'ok' };
  }
}
