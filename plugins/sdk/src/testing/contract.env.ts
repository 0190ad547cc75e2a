import type { Message } from '@signalbox/route-model';
import type { AnyChannelDefinition, ChannelLogger, HttpClient } from '../channel.types.js';
import { secretValues } from '../host/channel-config.js';
import { deliverMessage, type DeliveryOutcome } from '../host/message.deliver.js';
import { createHttpClient, type ClosableHttpClient } from '../http/http.client.js';
import type { ContractOptions } from './contract.options.js';
import { startTestReceiver, type TestReceiver } from './http-receiver.js';

/** Short, so the timeout check is quick; a plugin asking for a longer timeout is clamped to it. */
export const CONTRACT_TIMEOUT_MS = 750;

export interface DeliveryRecord {
  outcome?: DeliveryOutcome;
  error?: unknown;
  /** Everything the plugin logged, after the host's masking: what an operator would see. */
  logs: string;
  fetchCalls: number;
}

/** The local world the send checks run in: a receiver playing the platform, the host's delivery path, a log sink. */
export class ContractEnvironment {
  receiver!: TestReceiver;
  private http!: ClosableHttpClient;

  constructor(
    readonly definition: AnyChannelDefinition,
    readonly options: ContractOptions,
  ) {}

  async start(): Promise<void> {
    this.receiver = await startTestReceiver();
    this.http = createHttpClient({ allowPrivateNetworks: true, timeoutMs: CONTRACT_TIMEOUT_MS });
  }

  async stop(): Promise<void> {
    await this.http?.close();
    await this.receiver?.close();
  }

  /** The config pointing at the receiver (or at `url`), as the API would receive it. */
  config(url = `${this.receiver.url}/hooks/contract`): Record<string, unknown> {
    return this.options.validConfig(url) as Record<string, unknown>;
  }

  /** The channel's secret values plus the extra ones the author listed: none may ever leak. */
  secrets(config: Record<string, unknown>): string[] {
    const parsed = this.definition.config.safeParse(config);
    const values = secretValues(this.definition, parsed.success ? parsed.data : config);
    return [...values, ...(this.options.secretValues ?? [])].filter((value) => value.length > 0);
  }

  /**
   * One delivery exactly as the host runs it (deliverMessage), with global fetch replaced by a trap: plugins
   * must use ctx.http, which carries the host's SSRF guard, timeouts and size cap.
   */
  async deliver(message: Message, opts: { config?: Record<string, unknown>; isTest?: boolean } = {}): Promise<DeliveryRecord> {
    const lines: string[] = [];
    const at = (level: string) => (text: string, fields?: Record<string, unknown>) => void lines.push(`${level} ${text} ${JSON.stringify(fields ?? {})}`);
    const logger: ChannelLogger = { info: at('info'), warn: at('warn'), error: at('error') };
    const record: DeliveryRecord = { logs: '', fetchCalls: 0 };
    const realFetch = globalThis.fetch;
    globalThis.fetch = (() => {
      record.fetchCalls++;
      return Promise.reject(new Error('global fetch is disabled for channel plugins: use ctx.http'));
    }) as typeof fetch;
    try {
      record.outcome = await deliverMessage(this.definition, {
        message,
        config: opts.config ?? this.config(),
        idempotencyKey: 'contract-delivery-1',
        attempt: 1,
        isTest: opts.isTest ?? false,
        http: clampTimeouts(this.http),
        logger,
      });
    } catch (error) {
      record.error = error;
    } finally {
      globalThis.fetch = realFetch;
    }
    record.logs = lines.join('\n');
    return record;
  }
}

function clampTimeouts(http: HttpClient): HttpClient {
  return { request: (url, init) => http.request(url, { ...init, timeoutMs: Math.min(init.timeoutMs ?? CONTRACT_TIMEOUT_MS, CONTRACT_TIMEOUT_MS) }), resolveAddress: (host) => http.resolveAddress(host) };
}
