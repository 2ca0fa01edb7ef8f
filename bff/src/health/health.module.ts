import { Module } from '@nestjs/common';
import { ApprovalModule } from '../approval/approval.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { HealthController } from './health.controller';

@Module({ imports: [ApprovalModule, CatalogueModule], controllers: [HealthController] })
export class HealthModule {}
