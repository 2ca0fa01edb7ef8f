import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataField } from './personal-data-field';

/** What a feature tells the reveal about one of its records. */
export interface PersonalDataSubject {
  /** The hall (service_point code) the record belongs to: staff of that hall may reveal it. */
  hallCode: string;
  /** The citizen account the data belongs to, when there is one. */
  citizenUserId?: string | null;
  /**
   * The stored PiiCipher ciphertexts of the fields the record has (`*_enc` columns as they are);
   * a field that is missing or null cannot be revealed.
   */
  encrypted: Partial<Record<PersonalDataField, string | null>>;
}

/**
 * Finds one record of a kind by its id, reading through `manager` (the reveal's transaction);
 * null when there is no such record.
 */
export type PersonalDataSubjectResolver = (
  subjectId: string,
  manager: EntityManager,
) => Promise<PersonalDataSubject | null>;

/** APPOINTMENT, QUEUE_TICKET, …: upper-case letters, digits and underscores. */
export const SUBJECT_KIND_PATTERN = /^[A-Z][A-Z0-9_]{1,31}$/;

/**
 * The kinds of records whose personal data staff may reveal (with a reason, audited). A feature
 * registers its kind once, at start-up (e.g. in its module's onModuleInit):
 *
 *     registry.register('APPOINTMENT', async (id, manager) => {
 *       const row = await manager.getRepository(AppointmentEntity).findOneBy({ id });
 *       return row && { hallCode: row.hallCode, citizenUserId: row.userId,
 *                       encrypted: { NAME: row.nameEnc, ID_NUMBER: row.idNumberEnc } };
 *     });
 *
 * The reveal itself (role, hall, reason, decryption, audit row) is PersonalDataRevealService's.
 */
@Injectable()
export class PersonalDataSubjectRegistry {
  private readonly resolvers = new Map<string, PersonalDataSubjectResolver>();

  register(kind: string, resolver: PersonalDataSubjectResolver): void {
    if (!SUBJECT_KIND_PATTERN.test(kind)) {
      throw new Error(`personal data subject kind "${kind}" must match ${SUBJECT_KIND_PATTERN}`);
    }
    if (this.resolvers.has(kind)) {
      throw new Error(`personal data subject kind "${kind}" is already registered`);
    }
    this.resolvers.set(kind, resolver);
  }

  has(kind: string): boolean {
    return this.resolvers.has(kind);
  }

  kinds(): string[] {
    return [...this.resolvers.keys()].sort();
  }

  /** The record, or null for an unknown kind or id. */
  async resolve(
    kind: string,
    subjectId: string,
    manager: EntityManager,
  ): Promise<PersonalDataSubject | null> {
    const resolver = this.resolvers.get(kind);
    return resolver ? resolver(subjectId, manager) : null;
  }
}
