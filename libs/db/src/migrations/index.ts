import { InitialSchema1763790000000 } from './1763790000000-initial-schema.migration.js';
import { EventDispatchOutbox1763800000000 } from './1763800000000-event-dispatch-outbox.migration.js';
import { RateLimits1764100000000 } from './1764100000000-rate-limits.migration.js';
import { HeldPacedRetries1764200000000 } from './1764200000000-held-paced-retries.migration.js';
import { EventFeed1764300000000 } from './1764300000000-event-feed.migration.js';
import { Operations1764300000001 } from './1764300000001-operations.migration.js';
import { RouteVersionNote1764500000000 } from './1764500000000-route-version-note.migration.js';
import { Sources1764600000000 } from './1764600000000-sources.migration.js';
import { ChannelDisabled1764700000000 } from './1764700000000-channel-disabled.migration.js';
import { Silences1764800000000 } from './1764800000000-silences.migration.js';
import { Alerts1764810000000 } from './1764810000000-alerts.migration.js';
import { AlertEarlyRecoveries1764820000000 } from './1764820000000-alert-early-recoveries.migration.js';
import { EventTypeDescriptions1764830000000 } from './1764830000000-event-type-descriptions.migration.js';
import { RouteSubscriptions1764900000000 } from './1764900000000-route-subscriptions.migration.js';
import { ChannelLastTest1764910000000 } from './1764910000000-channel-last-test.migration.js';

/** Listed explicitly (not globbed) so the bundled worker, the API and the tests run the same set in order. */
export const migrations = [
  InitialSchema1763790000000,
  EventDispatchOutbox1763800000000,
  RateLimits1764100000000,
  HeldPacedRetries1764200000000,
  EventFeed1764300000000,
  Operations1764300000001,
  RouteVersionNote1764500000000,
  Sources1764600000000,
  ChannelDisabled1764700000000,
  Silences1764800000000,
  Alerts1764810000000,
  AlertEarlyRecoveries1764820000000,
  EventTypeDescriptions1764830000000,
  RouteSubscriptions1764900000000,
  ChannelLastTest1764910000000,
];
