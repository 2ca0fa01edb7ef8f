import { Module } from '@nestjs/common';
import { HallResolver } from './hall.resolver';
import { HallService } from './hall.service';

@Module({ providers: [HallService, HallResolver], exports: [HallService] })
export class HallModule {}
