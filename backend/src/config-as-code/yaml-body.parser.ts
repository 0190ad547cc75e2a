import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

const APPLY_PATH = '/v1/config/apply';

export const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

/**
 * The API speaks JSON (JsonOnlyBodies), with one exception: configuration files are YAML. Bodies of these
 * types arrive as text; only `POST /v1/config/apply` reads them, any other endpoint refuses a string body.
 */
@Injectable()
export class YamlBodies implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (const type of YAML_TYPES) {
      if (fastify.hasContentTypeParser(type)) continue;
      fastify.addContentTypeParser(type, { parseAs: 'string', bodyLimit: fastify.initialConfig.bodyLimit }, (request, body, done) => {
        // Everywhere else YAML is as unsupported as any non-JSON type: the same 415 Fastify gives those.
        if (!request.url.startsWith(APPLY_PATH)) return done(Object.assign(new Error(`Unsupported Media Type: ${type}`), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
        done(null, body);
      });
    }
  }
}
