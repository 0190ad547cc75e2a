import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ResponseContractInterceptor } from './response-contract.interceptor.js';
import { errorResponse, PUBLIC_OPERATION } from './zod-openapi.js';

/**
 * Serves the API description at /openapi.json and Swagger UI at /docs (both public, like /healthz), and
 * enforces the response schemas it publishes (see ResponseContractInterceptor).
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  const enforce = process.env.NODE_ENV !== 'production' || process.env.SIGNALBOX_ENFORCE_RESPONSE_CONTRACT === 'true';
  app.useGlobalInterceptors(new ResponseContractInterceptor(enforce ? 'enforce' : 'log'));
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Signalbox API')
    .setDescription(
      'Events in, routes, channels, deliveries. Every /v1 endpoint needs an API key (`Authorization: Bearer <key>` or `X-API-Key`). ' +
        'Errors always have the shape `{ statusCode, error, message, issues?: [{ path, message }] }`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key as a bearer token' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'API key header' }, 'apiKey')
    .addSecurityRequirements('bearer')
    .addSecurityRequirements('apiKey')
    .build();
  return finalise(SwaggerModule.createDocument(app, config));
}

/**
 * What decorators cannot say per operation:
 * - @PublicOperation() operations need no key: `security: []` overrides the document-wide requirement, and
 *   they cannot answer 429 (the rate limits are the API-key guard's).
 * - A header read with `@Headers('idempotency-key')` is listed by Nest as a required parameter of its own; the
 *   `@ApiHeader` declaration (which says whether it is required) is the one that counts. HTTP header names are
 *   case-insensitive, so the two are one parameter.
 * - Any operation with a JSON body can answer 413 (too large) and 415 (not JSON).
 */
function finalise(document: OpenAPIObject): OpenAPIObject {
  for (const methods of Object.values(document.paths)) {
    for (const op of Object.values(methods) as Operation[]) {
      if (typeof op !== 'object' || op === null || !op.responses) continue;
      if (op[PUBLIC_OPERATION]) {
        delete op[PUBLIC_OPERATION];
        op.security = [];
        // The per-key and failed-auth rate limits live in the API-key guard, which public operations skip.
        delete op.responses['429'];
      }
      if (op.parameters) op.parameters = dedupeHeaders(op.parameters);
      if (op.requestBody) for (const status of ['413', '415']) op.responses[status] ??= errorResponse(Number(status));
    }
  }
  return document;
}

interface Operation {
  [key: string]: unknown;
  responses?: Record<string, unknown>;
  parameters?: Parameter[];
  requestBody?: unknown;
  security?: unknown[];
}

function dedupeHeaders(parameters: Parameter[]) {
  const kept = new Map<string, Parameter>();
  for (const parameter of parameters) {
    const key = `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
    // The explicit @ApiHeader/@ApiParam declaration carries a description; the inferred one does not.
    const seen = kept.get(key);
    if (!seen || (!seen.description && parameter.description)) kept.set(key, parameter);
  }
  return [...kept.values()];
}

interface Parameter { name: string; in: string; description?: string }
