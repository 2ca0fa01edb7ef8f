import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AddressesResolver } from './addresses.resolver';
import { AddressesService } from './addresses.service';

/** Citizens' postal addresses (政务专递), encrypted at rest and shown masked (`Me.address`). */
@Module({
  imports: [UsersModule],
  providers: [AddressesService, AddressesResolver],
  exports: [AddressesService],
})
export class AddressesModule {}
