import { Global, Module } from '@nestjs/common';
import { RouteChangesNotifier } from './route-changes.notifier.js';
import { RouteTriggerIndex } from './route-trigger.index.js';

@Global()
@Module({ providers: [RouteTriggerIndex, RouteChangesNotifier], exports: [RouteTriggerIndex, RouteChangesNotifier] })
export class RouteIndexModule {}
