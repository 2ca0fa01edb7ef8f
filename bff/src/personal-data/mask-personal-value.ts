import { maskAddress, maskIdNumber, maskName, maskPhone } from '@shizhong/domain';
import type { PersonalDataField } from './personal-data-field';

/** The masked form of a personal value, by field. */
export function maskPersonalValue(field: PersonalDataField, value: string): string {
  switch (field) {
    case 'NAME':
      return maskName(value);
    case 'ID_NUMBER':
      return maskIdNumber(value);
    case 'PHONE':
      return maskPhone(value);
    case 'ADDRESS':
      return maskAddress(value);
  }
}
