import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller.js';
import { EventTypesService } from './event-types.service.js';

@Module({ controllers: [CatalogueController], providers: [EventTypesService] })
export class CatalogueModule {}
