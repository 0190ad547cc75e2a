import { AlertEventRecord, AlertRecord } from './alert.entity.js';
import { ApiKey } from './api-key.entity.js';
import { ChannelPacing } from './channel-pacing.entity.js';
import { Channel } from './channel.entity.js';
import { DeliveryAttempt } from './delivery-attempt.entity.js';
import { Delivery } from './delivery.entity.js';
import { EventRecord } from './event.entity.js';
import { EventTypeDescription } from './event-type-description.entity.js';
import { NodeOutcomeRecord } from './node-outcome.entity.js';
import { Operation } from './operation.entity.js';
import { SourceRejection } from './source-rejection.entity.js';
import { Source } from './source.entity.js';
import { MuteTiming, Silence } from './silence.entity.js';
import { RouteVersion } from './route-version.entity.js';
import { Route } from './route.entity.js';
import { Tenant } from './tenant.entity.js';
import { ThrottleHit } from './throttle-hit.entity.js';

export { AlertEventRecord, AlertRecord, ApiKey, Channel, ChannelPacing, Delivery, DeliveryAttempt, EventRecord, NodeOutcomeRecord, Operation, Route, RouteVersion, Source, SourceRejection, Tenant, ThrottleHit, Silence, MuteTiming, EventTypeDescription };
export type { ChannelTestOutcome } from './channel.entity.js';
export type { AlertStatus } from './alert.entity.js';
export type { DeliveryStatus } from './delivery.entity.js';
export type { EventStatus } from './event.entity.js';
export type { OperationKind } from './operation.entity.js';
export type { RouteStatus, RouteSubscription } from './route.entity.js';

export const entities = [
  Tenant, ApiKey, EventRecord, Route, RouteVersion, Channel, NodeOutcomeRecord, Delivery, DeliveryAttempt, ThrottleHit, Operation, ChannelPacing,
  Source, SourceRejection, AlertRecord, AlertEventRecord, Silence, MuteTiming, EventTypeDescription,
];
