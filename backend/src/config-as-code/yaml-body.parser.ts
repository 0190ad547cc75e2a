import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

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
      if (!fastify.hasContentTypeParser(type)) fastify.addContentTypeParser(type, { parseAs: 'string', bodyLimit: fastify.initialConfig.bodyLimit }, (_req, body, done) => done(null, body));
    }
  }
}
