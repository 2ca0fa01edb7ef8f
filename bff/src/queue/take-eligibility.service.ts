import { Inject, Injectable } from '@nestjs/common';
import { distanceMeters, parseScannedCode } from '@shizhong/domain';
import { AppError } from '../common/errors/app.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DoorQrSigner } from './door-qr';
import { OfficeHoursService } from './office-hours.service';
import { QueueReference, type QueueCategoryRef, type QueueHall } from './queue-reference.service';
import { QUEUE_MESSAGES } from './queue.messages';
import { QueueRepository } from './queue.repository';

export interface TakePlace {
  hallCode: string;
  categoryCode: string;
  /** The scanned door code; null for a remote take. */
  doorCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Whether a ticket of a category may be taken now, in the order a citizen can act on:
 * the category exists (QUEUE_CATEGORY_UNKNOWN) → at the door (a genuine, current door code of
 * that hall: QUEUE_DOOR_CODE_INVALID) or near it (QUEUE_LOCATION_REQUIRED, QUEUE_TOO_FAR) →
 * a working day for the category (QUEUE_HALL_CLOSED) inside its hours
 * (QUEUE_OUTSIDE_OFFICE_HOURS) → not paused (QUEUE_CATEGORY_PAUSED).
 */
@Injectable()
export class TakeEligibility {
  constructor(
    private readonly reference: QueueReference,
    private readonly officeHours: OfficeHoursService,
    private readonly doorQr: DoorQrSigner,
    private readonly repository: QueueRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'QUEUE_REMOTE_MAX_METERS'>,
  ) {}

  async requireTakeable(
    place: TakePlace,
    now: Date,
  ): Promise<{ hall: QueueHall; category: QueueCategoryRef }> {
    const { hall, category } = await this.reference.category(place.hallCode, place.categoryCode);
    if (place.doorCode !== null) this.requireDoorCode(place.doorCode, hall, now);
    else this.requireNearby(place, hall);
    await this.officeHours.requireOpen(hall, category, now);
    await this.requireNotPaused(hall, category);
    return { hall, category };
  }

  /** The hall and category (HALL_NOT_FOUND, QUEUE_CATEGORY_UNKNOWN). */
  requireCategory(
    hallCode: string,
    categoryCode: string,
  ): Promise<{ hall: QueueHall; category: QueueCategoryRef }> {
    return this.reference.category(hallCode, categoryCode);
  }

  async requireNotPaused(hall: QueueHall, category: QueueCategoryRef): Promise<void> {
    const setting = await this.repository.categorySetting(hall.code, category.code);
    if (setting?.paused) {
      throw new AppError(
        'QUEUE_CATEGORY_PAUSED',
        QUEUE_MESSAGES.paused(category.name, setting.pausedReason),
      );
    }
  }

  private requireDoorCode(doorCode: string, hall: QueueHall, now: Date): void {
    if (this.doorQr.verify(doorCode, hall.code, now)) return;
    const scanned = parseScannedCode(doorCode);
    const otherHall = scanned?.kind === 'QUEUE_DOOR' && scanned.hallCode !== hall.code;
    throw new AppError(
      'QUEUE_DOOR_CODE_INVALID',
      otherHall ? QUEUE_MESSAGES.doorCodeOtherHall : QUEUE_MESSAGES.doorCodeInvalid,
      { field: 'doorCode' },
    );
  }

  private requireNearby(place: TakePlace, hall: QueueHall): void {
    const { latitude, longitude } = place;
    if (latitude === null || longitude === null) {
      throw new AppError('QUEUE_LOCATION_REQUIRED', QUEUE_MESSAGES.locationRequired, {
        field: 'latitude',
      });
    }
    let meters: number;
    try {
      meters = distanceMeters({ latitude, longitude }, hall.location);
    } catch {
      throw new AppError('BAD_USER_INPUT', QUEUE_MESSAGES.locationInvalid, { field: 'latitude' });
    }
    const limit = this.config.QUEUE_REMOTE_MAX_METERS;
    if (meters > limit) {
      throw new AppError('QUEUE_TOO_FAR', QUEUE_MESSAGES.tooFar(meters, limit), {
        distanceMeters: Math.round(meters),
        limitMeters: limit,
      });
    }
  }
}
