import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AdjustableClock, Clock, SystemClock } from './clock';
import { TestClockResolver } from './test-clock.resolver';

/** Whether this BFF lets tests set its clock: never in production, else with TEST_CLOCK_ALLOWED=1. */
export function testClockAllowed(
  config: Pick<AppConfig, 'NODE_ENV' | 'TEST_CLOCK_ALLOWED'>,
): boolean {
  return config.NODE_ENV !== 'production' && config.TEST_CLOCK_ALLOWED;
}

/** The one Clock of the app: the machine's, or one tests can set (see TestClockResolver). */
@Global()
@Module({
  providers: [
    {
      provide: Clock,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Clock =>
        testClockAllowed(config) ? new AdjustableClock() : new SystemClock(),
    },
    TestClockResolver,
  ],
  exports: [Clock],
})
export class ClockModule {}
