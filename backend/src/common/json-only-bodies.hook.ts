import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { bodyProblem, type BodyProblem } from './json-body.check.js';

export const INVALID_JSON = 'SBX_INVALID_JSON';
export const EMPTY_JSON = 'SBX_EMPTY_JSON';
export const INVALID_UTF8 = 'SBX_INVALID_UTF8';
export const UNACCEPTABLE_JSON = 'SBX_UNACCEPTABLE_JSON';

const requestError = (message: string, code: string, issue?: BodyProblem) => Object.assign(new Error(message), { statusCode: 400, code, issue });

// fatal: invalid UTF-8 is refused, not silently replaced with U+FFFD (which would change what the sender meant).
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The API speaks JSON only. Fastify (text/plain) and Nest (urlencoded forms) register other body parsers;
 * dropping them makes any other Content-Type a clean 415 instead of a confusing validation error. The JSON
 * parser is replaced so a syntax error reaches the client with its position ("Unexpected token … at 12"),
 * and so every body, for every endpoint, is refused when it is not valid UTF-8, nests deeper than
 * MAX_JSON_DEPTH or holds a NUL or lone surrogate (bodyProblem), with the field named.
 */
@Injectable()
export class JsonOnlyBodies implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json']) {
      if (fastify.hasContentTypeParser(type)) fastify.removeContentTypeParser(type);
    }
    fastify.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: fastify.initialConfig.bodyLimit }, (request, body, done) => {
      let text: string;
      try {
        text = utf8.decode(body as Buffer);
      } catch {
        return done(requestError('Body is not valid UTF-8: send JSON encoded as UTF-8', INVALID_UTF8), undefined);
      }
      // Kept for inbound sources (backend/src/sources), whose signatures cover the exact bytes sent.
      (request as typeof request & { rawBody?: string }).rawBody = text;
      if (text.trim() === '') return done(requestError('empty body', EMPTY_JSON), undefined);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return done(requestError((error as Error).message, INVALID_JSON), undefined);
      }
      const problem = bodyProblem(parsed);
      if (problem) return done(requestError(`${problem.path}: ${problem.message}`, UNACCEPTABLE_JSON, problem), undefined);
      done(null, parsed);
    });
  }
}
