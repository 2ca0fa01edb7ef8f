import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { shanghaiDateOf, shanghaiTimeOf } from '@shizhong/domain';
import { Access } from '../../auth/access.decorator';
import { AppError } from '../errors/app.error';
import { AdjustableClock, Clock } from './clock';

@ObjectType('TestClock', { description: 'The BFF clock after setTestClock (tests only)' })
export class TestClockType {
  @Field({ description: 'ISO 8601 instant (UTC)' }) now: string;
  @Field({ description: 'The same instant in Shanghai, YYYY-MM-DD HH:mm' }) shanghai: string;
  @Field({ description: 'False when the clock is the machine time again' }) adjusted: boolean;
  @Field() frozen: boolean;
}

/** An instant with an explicit offset: 2026-09-28T09:00:00+08:00 or 2026-09-28T01:00:00Z. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

@Resolver()
export class TestClockResolver {
  constructor(private readonly clock: Clock) {}

  @Mutation(() => TestClockType, {
    description:
      'Tests only: sets the clock of this BFF instance (refused in production and unless ' +
      'TEST_CLOCK_ALLOWED=1). `at` with an offset, e.g. 2026-09-28T09:00:00+08:00; null goes ' +
      'back to the machine time. The clock keeps running from `at` unless `frozen`.',
  })
  // PUBLIC so a browser test can call it without an account; the clock provider is the gate.
  @Access('PUBLIC')
  setTestClock(
    @Args('at', { type: () => String, nullable: true }) at: string | null,
    @Args('frozen', { type: () => Boolean, defaultValue: false }) frozen: boolean,
  ): TestClockType {
    if (!(this.clock instanceof AdjustableClock)) {
      throw new AppError('FORBIDDEN', '测试时钟只在测试环境中可用');
    }
    if (at === null) {
      this.clock.reset();
    } else {
      const instant = new Date(at);
      if (!INSTANT.test(at) || Number.isNaN(instant.getTime())) {
        throw new AppError('BAD_USER_INPUT', '时间格式应为 2026-09-28T09:00:00+08:00', {
          field: 'at',
        });
      }
      this.clock.set(instant, frozen);
    }
    const state = this.clock.state();
    return {
      now: state.now.toISOString(),
      shanghai: `${shanghaiDateOf(state.now)} ${shanghaiTimeOf(state.now)}`,
      adjusted: state.adjusted,
      frozen: state.frozen,
    };
  }
}
