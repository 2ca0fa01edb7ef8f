import { Entity, PrimaryColumn } from 'typeorm';

/** A zone (hall_zone) of their hall a staff member works in. */
@Entity('staff_zone_assignment')
export class StaffZoneAssignmentEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @PrimaryColumn({ name: 'zone_code', type: 'varchar', length: 32 })
  zoneCode: string;
}
