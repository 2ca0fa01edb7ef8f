import { Module } from '@nestjs/common';
import { WsConnections } from './ws-connections';

/** The registry of GraphQL WebSocket connections (authentication, session sweep). */
@Module({
  providers: [WsConnections],
  exports: [WsConnections],
})
export class GraphqlWsModule {}
