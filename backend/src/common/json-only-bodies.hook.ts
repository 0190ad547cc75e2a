import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

export const INVALID_JSON = 'SBX_INVALID_JSON';
export const EMPTY_JSON = 'SBX_EMPTY_JSON';

const requestError = (message: string, code: string) => Object.assign(new Error(message), { statusCode: 400, code });

/**
 * The API speaks JSON only. Fastify (text/plain) and Nest (urlencoded forms) register other body parsers;
 * dropping them makes any other Content-Type a clean 415 instead of a confusing validation error. The JSON
 * parser is replaced so a syntax error reaches the client with its position ("Unexpected token … at 12").
 */
@Injectable()
export class JsonOnlyBodies implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json']) {
      if (fastify.hasContentTypeParser(type)) fastify.removeContentTypeParser(type);
    }
    fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: fastify.initialConfig.bodyLimit }, (_request, body, done) => {
      const text = String(body);
      if (text.trim() === '') return done(requestError('empty body', EMPTY_JSON), undefined);
      try {
        done(null, JSON.parse(text));
      } catch (error) {
        done(requestError((error as Error).message, INVALID_JSON), undefined);
      }
    });
  }
}
