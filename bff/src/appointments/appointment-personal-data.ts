import type { PersonalDataSubjectResolver } from '../personal-data/personal-data-subject.registry';
import { AppointmentEntity } from './appointment.entity';

/** The kind under which staff reveal an appointment's personal data (revealPersonalData). */
export const APPOINTMENT_SUBJECT_KIND = 'APPOINTMENT';

/** An appointment's hall and its subject's name, ID number and phone (as copied at booking). */
export const resolveAppointmentSubject: PersonalDataSubjectResolver = async (id, manager) => {
  const row = await manager.getRepository(AppointmentEntity).findOneBy({ id });
  return (
    row && {
      hallCode: row.hallCode,
      citizenUserId: row.subjectUserId,
      encrypted: {
        NAME: row.subjectNameEnc,
        ID_NUMBER: row.subjectIdNumberEnc,
        PHONE: row.subjectPhoneEnc,
      },
    }
  );
};
