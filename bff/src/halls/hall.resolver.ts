import { Query, Resolver } from '@nestjs/graphql';
import { HallType } from './dto/hall.types';
import { HallService } from './hall.service';
import { Access } from '../auth/access.decorator';

@Access('PUBLIC')
@Resolver()
export class HallResolver {
  constructor(private readonly halls: HallService) {}

  @Query(() => HallType, { description: 'The district hall (区政务服务中心)' })
  mainHall(): HallType {
    return this.halls.getMainHall();
  }
}
