import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { PhoneVerificationService } from './phone-verification.service';
import { ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';
import { FakeSmsSender } from './sms/fake-sms-sender';
import { SMS_SENDER, type SmsSender } from './sms/sms-sender';

/** Real-name profiles (实名) and phone confirmation by SMS code. */
@Module({
  imports: [UsersModule],
  providers: [
    // SMS_MODE has only `fake` for now; a real gateway adapter goes here.
    { provide: SMS_SENDER, useFactory: (): SmsSender => new FakeSmsSender() },
    PhoneVerificationService,
    ProfilesService,
    ProfilesResolver,
  ],
  exports: [ProfilesService],
})
export class ProfilesModule {}
