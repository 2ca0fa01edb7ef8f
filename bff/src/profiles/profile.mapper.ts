import { ageOn, isSenior, maskIdNumber, maskName, maskPhone } from '@shizhong/domain';
import type { ProfileType } from './dto/profile.type';
import type { DecryptedProfile } from './profiles.service';

/** Only masked values: the whole name, ID number or phone never leaves the BFF here. */
export function toProfile(
  profile: DecryptedProfile,
  careMode: boolean,
  today: Date = new Date(),
): ProfileType {
  const age = ageOn(profile.birthDate, today);
  return {
    maskedName: maskName(profile.name),
    maskedIdNumber: maskIdNumber(profile.idNumber),
    maskedPhone: profile.phone && profile.phoneVerified ? maskPhone(profile.phone) : null,
    phoneVerified: profile.phoneVerified,
    age,
    suggestCareMode: isSenior(age) && !careMode,
  };
}
