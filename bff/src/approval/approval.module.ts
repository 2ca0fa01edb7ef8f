import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { APPROVAL_CLIENT_OPTIONS, ApprovalClient, approvalClientOptions } from './approval.client';

@Module({
  providers: [
    {
      provide: APPROVAL_CLIENT_OPTIONS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => approvalClientOptions(config),
    },
    ApprovalClient,
  ],
  exports: [ApprovalClient],
})
export class ApprovalModule {}
