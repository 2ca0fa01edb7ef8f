import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { ApprovalModule } from './approval/approval.module';
import { AuthModule } from './auth/auth.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { ChecklistsModule } from './checklists/checklists.module';
import { PiiModule } from './common/pii/pii.module';
import type { AppConfig } from './config/app-config';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RedisModule } from './common/redis/redis.module';
import { ConfigModule } from './config/config.module';
import { formatGraphqlError } from './graphql/format-error';
import { queryLimitsPlugin } from './graphql/query-limits.plugin';
import { GraphqlWsModule } from './graphql/ws/graphql-ws.module';
import { graphqlWsOptions } from './graphql/ws/graphql-ws.options';
import { WsConnections } from './graphql/ws/ws-connections';
import { PubSubModule } from './common/pubsub/pubsub.module';
import { HallModule } from './halls/hall.module';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logging/logger-options';
import { SearchModule } from './search/search.module';
import { ThemesModule } from './themes/themes.module';
import { UsersModule } from './users/users.module';
import { ProfilesModule } from './profiles/profiles.module';
import { FamilyModule } from './family/family.module';
import { AddressesModule } from './addresses/addresses.module';
import { StaffModule } from './staff/staff.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { ClockModule } from './common/clock/clock.module';
import { BookingCalendarModule } from './booking-calendar/booking-calendar.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { QueueModule } from './queue/queue.module';
import { QueueRealtimeModule } from './queue/realtime/queue-realtime.module';

export const QUERY_LIMITS = { maxDepth: 8, maxComplexity: 300 };

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    const production = config.NODE_ENV === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        PiiModule,
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: () => Promise.resolve(dataSource),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphqlWsModule],
          inject: [WsConnections],
          useFactory: (connections: WsConnections): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            introspection: !production,
            playground: false,
            includeStacktraceInErrorResponses: false,
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
            formatError: (formatted, error) => formatGraphqlError(formatted, error, !production),
            plugins: [queryLimitsPlugin(QUERY_LIMITS)],
            // Subscriptions over graphql-ws on the same server and path (graphql/ws/).
            subscriptions: {
              'graphql-ws': graphqlWsOptions(connections, {
                exposeDetails: !production,
                limits: QUERY_LIMITS,
              }),
            },
          }),
        }),
        ApprovalModule,
        CatalogueModule,
        ThemesModule,
        ChecklistsModule,
        HallModule,
        HealthModule,
        SearchModule,
        RedisModule,
        PubSubModule,
        RateLimitModule,
        AuthModule,
        UsersModule,
        ProfilesModule,
        FamilyModule,
        AddressesModule,
        StaffModule,
        PersonalDataModule,
        ClockModule,
        BookingCalendarModule,
        AppointmentsModule,
        QueueModule,
        QueueRealtimeModule,
      ],
    };
  }
}
