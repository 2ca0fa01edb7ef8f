import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalDate, RecordViewer } from '@shizhong/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { sqlTimestamp } from '../database/transaction';
import { AppointmentEntity } from './appointment.entity';

const DAY_MS = 24 * 60 * 60_000;

/** How full a slot is, and when it is. */
export interface SlotFill {
  booked: number;
  capacity: number;
  date: LocalDate;
  startTime: string;
}

/** The queries of appointments; each takes an optional entity manager (a transaction). */
@Injectable()
export class AppointmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AppointmentEntity);
  }

  byId(id: string, manager?: EntityManager): Promise<AppointmentEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  byIdempotencyKey(
    actorUserId: string,
    idempotencyKey: string,
    manager?: EntityManager,
  ): Promise<AppointmentEntity | null> {
    return this.repo(manager).findOneBy({ actorUserId, idempotencyKey });
  }

  byCheckInCode(checkInCode: string): Promise<AppointmentEntity | null> {
    return this.repo().findOneBy({ checkInCode });
  }

  /** BOOKED appointments made by the actor whose slot has not ended (the per-account limit). */
  countActiveOfActor(actorUserId: string, now: Date, manager?: EntityManager): Promise<number> {
    return this.repo(manager)
      .createQueryBuilder('a')
      .where("a.actor_user_id = :actorUserId AND a.status = 'BOOKED' AND a.ends_at > :now", {
        actorUserId,
        now: sqlTimestamp(now),
      })
      .getCount();
  }

  /**
   * The slot ends of the person's no-shows that can still matter for a ban at `now` (within
   * `lookbackDays`): written NO_SHOW, or BOOKED with the slot over but not swept yet.
   */
  async noShowTimes(
    subjectIdNumberHash: string,
    now: Date,
    lookbackDays: number,
    manager?: EntityManager,
  ): Promise<Date[]> {
    const rows = await this.repo(manager)
      .createQueryBuilder('a')
      .select(['a.id', 'a.endsAt'])
      .where('a.subject_id_number_hash = :hash AND a.ends_at > :since', {
        hash: subjectIdNumberHash,
        since: sqlTimestamp(new Date(now.getTime() - lookbackDays * DAY_MS)),
      })
      .andWhere("(a.status = 'NO_SHOW' OR (a.status = 'BOOKED' AND a.ends_at <= :now))", {
        now: sqlTimestamp(now),
      })
      .getMany();
    return rows.map((row) => row.endsAt);
  }

  /**
   * The first read of a booking request, in one round trip: the slot's fill (null when there is
   * no such slot) and the appointment this actor's idempotency key already made.
   */
  async slotFillAndKey(
    slotId: string,
    actorUserId: string,
    idempotencyKey: string,
  ): Promise<{ slot: SlotFill | null; existingId: string | null }> {
    const rows = await this.dataSource.query<
      {
        booked: number | string;
        capacity: number | string;
        date: string;
        start_time: string;
        existing_id: string | null;
      }[]
    >(
      `SELECT s.booked, s.capacity, s.date, s.start_time,
         (SELECT a.id FROM appointment a
           WHERE a.actor_user_id = ? AND a.idempotency_key = ?) AS existing_id
         FROM appointment_slot s WHERE s.id = ?`,
      [actorUserId, idempotencyKey, slotId],
    );
    const row = rows[0];
    if (!row) {
      const existing = await this.byIdempotencyKey(actorUserId, idempotencyKey);
      return { slot: null, existingId: existing?.id ?? null };
    }
    return {
      slot: {
        booked: Number(row.booked),
        capacity: Number(row.capacity),
        date: row.date,
        startTime: row.start_time,
      },
      existingId: row.existing_id,
    };
  }

  /**
   * What booking checks inside its transaction, in one round trip: the appointment this actor's
   * idempotency key already made, the places the slot had left when the transaction began (a
   * snapshot: only for giving up early), whether the person's day key is taken, the actor's active bookings (BOOKED, slot not over), and the
   * subject's no-shows within `lookbackDays` (written, or BOOKED with the slot over).
   */
  async bookingChecks(
    manager: EntityManager,
    input: {
      actorUserId: string;
      idempotencyKey: string;
      slotId: string;
      activeKey: string;
      subjectIdNumberHash: string;
      now: Date;
      lookbackDays: number;
    },
  ): Promise<{
    existingId: string | null;
    placesLeft: number;
    dayTaken: boolean;
    active: number;
    noShows: number;
  }> {
    const now = sqlTimestamp(input.now);
    const since = sqlTimestamp(new Date(input.now.getTime() - input.lookbackDays * DAY_MS));
    const [row] = await manager.query<
      {
        existing_id: string | null;
        places_left: number | string | null;
        day_taken: number | string;
        active: number | string;
        no_shows: number | string;
      }[]
    >(
      `SELECT
         (SELECT id FROM appointment WHERE actor_user_id = ? AND idempotency_key = ?) AS existing_id,
         (SELECT capacity - booked FROM appointment_slot WHERE id = ?) AS places_left,
         (SELECT COUNT(*) FROM appointment WHERE active_key = ?) AS day_taken,
         (SELECT COUNT(*) FROM appointment
           WHERE actor_user_id = ? AND status = 'BOOKED' AND ends_at > ?) AS active,
         (SELECT COUNT(*) FROM appointment
           WHERE subject_id_number_hash = ? AND ends_at > ?
             AND (status = 'NO_SHOW' OR (status = 'BOOKED' AND ends_at <= ?))) AS no_shows`,
      [
        input.actorUserId,
        input.idempotencyKey,
        input.slotId,
        input.activeKey,
        input.actorUserId,
        now,
        input.subjectIdNumberHash,
        since,
        now,
      ],
    );
    return {
      existingId: row?.existing_id ?? null,
      placesLeft: Number(row?.places_left ?? 0),
      dayTaken: Number(row?.day_taken ?? 0) > 0,
      active: Number(row?.active ?? 0),
      noShows: Number(row?.no_shows ?? 0),
    };
  }

  /** Adds "the viewer is the actor or the subject" (the record-visibility rule) to a query. */
  private visibleTo(
    query: SelectQueryBuilder<AppointmentEntity>,
    viewer: RecordViewer,
  ): SelectQueryBuilder<AppointmentEntity> {
    return viewer.idNumberHash
      ? query.andWhere('(a.actor_user_id = :viewerId OR a.subject_id_number_hash = :viewerHash)', {
          viewerId: viewer.userId,
          viewerHash: viewer.idNumberHash,
        })
      : query.andWhere('a.actor_user_id = :viewerId', { viewerId: viewer.userId });
  }

  /**
   * The viewer's appointments (made by them or for them). UPCOMING: booked or checked in and
   * not over, soonest first; PAST: the rest, latest first.
   */
  listVisible(
    viewer: RecordViewer,
    scope: 'UPCOMING' | 'PAST',
    now: Date,
    limit: number,
    offset: number,
  ): Promise<AppointmentEntity[]> {
    const query = this.visibleTo(this.repo().createQueryBuilder('a').where('1 = 1'), viewer);
    const params = { now: sqlTimestamp(now) };
    if (scope === 'UPCOMING') {
      query
        .andWhere("a.status IN ('BOOKED', 'CHECKED_IN') AND a.ends_at > :now", params)
        .orderBy('a.startsAt', 'ASC');
    } else {
      query
        .andWhere("(a.status NOT IN ('BOOKED', 'CHECKED_IN') OR a.ends_at <= :now)", params)
        .orderBy('a.startsAt', 'DESC');
    }
    return query.addOrderBy('a.id', 'ASC').skip(offset).take(limit).getMany();
  }

  /** One appointment if the viewer may see it. */
  visibleById(viewer: RecordViewer, id: string): Promise<AppointmentEntity | null> {
    return this.visibleTo(
      this.repo().createQueryBuilder('a').where('a.id = :id', { id }),
      viewer,
    ).getOne();
  }

  /** The viewer's BOOKED or CHECKED_IN appointments at a hall on a day (check-in by QR). */
  visibleOnDay(viewer: RecordViewer, hallCode: string, date: LocalDate) {
    return this.visibleTo(
      this.repo()
        .createQueryBuilder('a')
        .where(
          "a.hall_code = :hallCode AND a.date = :date AND a.status IN ('BOOKED', 'CHECKED_IN')",
          {
            hallCode,
            date,
          },
        ),
      viewer,
    )
      .orderBy('a.startsAt', 'ASC')
      .getMany();
  }

  /** A hall's bookings of a day (one category or all, cancelled too), by start time then category. */
  hallDay(
    hallCode: string,
    date: LocalDate,
    categoryCode: string | null,
  ): Promise<AppointmentEntity[]> {
    const query = this.repo()
      .createQueryBuilder('a')
      .where('a.hall_code = :hallCode AND a.date = :date', { hallCode, date });
    if (categoryCode) query.andWhere('a.category_code = :categoryCode', { categoryCode });
    return query
      .orderBy('a.startTime', 'ASC')
      .addOrderBy('a.categoryCode', 'ASC')
      .addOrderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }
}
