import { Entity, PrimaryColumn } from 'typeorm';

/** A window (service_window) of their hall a staff member may serve at. */
@Entity('staff_window_assignment')
export class StaffWindowAssignmentEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @PrimaryColumn({ name: 'window_code', type: 'varchar', length: 40 })
  windowCode: string;
}
