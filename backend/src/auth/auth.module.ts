import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard.js';
import { RateLimitService } from './rate-limit.service.js';

@Module({ providers: [RateLimitService, { provide: APP_GUARD, useClass: ApiKeyGuard }] })
export class AuthModule {}
