import { Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../common/redis/redis.module';
import { UsersModule } from '../users/users.module';
import { PhoneVerificationService } from './phone-verification.service';
import { ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';
import { FakeSmsSender } from './sms/fake-sms-sender';
import {
  InMemorySmsCodeStore,
  RedisSmsCodeStore,
  SMS_CODE_STORE,
  type SmsCodeStore,
} from './sms/sms-code-store';
import { SMS_SENDER, type SmsSender } from './sms/sms-sender';

/** Real-name profiles (实名) and phone confirmation by SMS code. */
@Module({
  imports: [UsersModule],
  providers: [
    // SMS_MODE has only `fake` for now; a real gateway adapter goes here.
    { provide: SMS_SENDER, useFactory: (): SmsSender => new FakeSmsSender() },
    {
      provide: SMS_CODE_STORE,
      inject: [REDIS],
      useFactory: (redis: Redis | null): SmsCodeStore =>
        redis ? new RedisSmsCodeStore(redis) : new InMemorySmsCodeStore(),
    },
    PhoneVerificationService,
    ProfilesService,
    ProfilesResolver,
  ],
  exports: [ProfilesService],
})
export class ProfilesModule {}
