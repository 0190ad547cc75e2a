import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error.js';
import type { RuntimeConfig } from '../config/config.schema.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { LeasedBudget } from './rate-limit.lease.js';

/** A 429 whose Retry-After (seconds) the guard puts on the reply. */
export class RateLimitedError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, `${message}; retry after ${retryAfterSeconds} s`);
  }
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Rate limits shared by every API replica through Postgres (rate-limiter-flexible's store, table rate_limits):
 * a request budget per API key (reserved in 1% chunks, see LeasedBudget), and a budget of failed authentications
 * per source address. Once a budget is spent, the replica remembers the block in memory until the window ends,
 * so a flood costs no queries.
 * If Postgres cannot answer, requests are let through: the limiter must never be what takes the API down.
 */
@Injectable()
export class RateLimitService {
  private readonly logger = new Logger('RateLimit');
  private readonly perKey?: LeasedBudget;
  private readonly failedAuth?: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: RuntimeConfig) {
    const store = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: dataSource, storeType: 'typeorm', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: true,
        keyPrefix, points, duration, inMemoryBlockOnConsumed: points + 1,
      });
    if (config.RATE_LIMIT_KEY_REQUESTS > 0) {
      this.perKey = new LeasedBudget(store('key', config.RATE_LIMIT_KEY_REQUESTS, config.RATE_LIMIT_KEY_WINDOW_S), config.RATE_LIMIT_KEY_REQUESTS);
    }
    if (config.RATE_LIMIT_AUTH_FAILURES > 0) this.failedAuth = store('authfail', config.RATE_LIMIT_AUTH_FAILURES, config.RATE_LIMIT_AUTH_WINDOW_S);
  }

  /** Before looking at a key: an address that guessed too many wrong keys gets 429 even for a right one. */
  assertAddressNotBlocked(address: string): void {
    if (!this.failedAuth) return;
    // Public in the library, missing from its type declarations.
    const limiter = this.failedAuth as RateLimiterPostgres & { getInMemoryBlockMsBeforeExpire(rlKey: string): number };
    const ms = limiter.getInMemoryBlockMsBeforeExpire(limiter.getKey(address));
    if (ms > 0) throw new RateLimitedError(`Too many failed authentications from ${address}`, Math.max(1, Math.ceil(ms / 1000)));
  }

  /** Counts a wrong key from `address`; throws 429 once the address is over its budget. */
  async recordFailedAuth(address: string): Promise<void> {
    if (this.failedAuth) await this.consume(this.failedAuth, address, `Too many failed authentications from ${address}`);
  }

  /** One request on the key (by hash, never the key itself); throws 429 over budget. */
  async consumeKey(keyHash: string): Promise<void> {
    const perKey = this.perKey;
    if (perKey) await this.guarded(() => perKey.take(keyHash), 'Too many requests for this API key');
  }

  private consume(limiter: RateLimiterPostgres, key: string, message: string): Promise<void> {
    return this.guarded(() => limiter.consume(key), message);
  }

  private async guarded(spend: () => Promise<unknown>, message: string): Promise<void> {
    try {
      await spend();
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(message, retryAfter(error));
      this.logger.warn(`rate limit not checked (${(error as Error).message}); request let through`);
    }
  }
}
