/**
 * The link between a citizen and a family member they act for (代办), seen from both sides.
 *
 * - A member whose ID number belongs to a registered citizen with a real-name profile must agree:
 *   the link starts PENDING, and only that citizen can accept (CONFIRMED) or decline (DECLINED) it,
 *   and later revoke a confirmed one (REVOKED).
 * - A member without an account can be acted for by name and ID number alone: NO_ACCOUNT, active
 *   at once. If they register later, they see the link as active and may revoke it.
 *
 * DECLINED and REVOKED are final for that row: the owner may remove the member and add them
 * again, which asks again (PENDING).
 */
export const FAMILY_LINK_STATUSES = [
  'PENDING',
  'CONFIRMED',
  'DECLINED',
  'REVOKED',
  'NO_ACCOUNT',
] as const;

export type FamilyLinkStatus = (typeof FAMILY_LINK_STATUSES)[number];

/** What the owner's app shows for each status (家人代办 page). */
export const FAMILY_LINK_STATUS_LABELS: Record<FamilyLinkStatus, string> = {
  PENDING: '待对方确认',
  CONFIRMED: '已确认',
  DECLINED: '对方已拒绝',
  REVOKED: '对方已撤销',
  NO_ACCOUNT: '无需确认',
};

/** What the member's app shows for a link to them (我的 → 家人请求). */
export const FAMILY_LINK_STATUS_LABELS_FOR_MEMBER: Record<FamilyLinkStatus, string> = {
  PENDING: '待您确认',
  CONFIRMED: '已授权',
  DECLINED: '已拒绝',
  REVOKED: '已撤销',
  NO_ACCOUNT: '已授权',
};

export function isFamilyLinkStatus(value: unknown): value is FamilyLinkStatus {
  return typeof value === 'string' && (FAMILY_LINK_STATUSES as readonly string[]).includes(value);
}

/** The status of a newly added member: PENDING when they have an account to confirm with. */
export function initialFamilyLinkStatus(memberHasAccount: boolean): FamilyLinkStatus {
  return memberHasAccount ? 'PENDING' : 'NO_ACCOUNT';
}

/** Whether the owner may act for the member (book, take numbers, see their records). */
export function canActFor(status: FamilyLinkStatus): boolean {
  switch (status) {
    case 'CONFIRMED':
    case 'NO_ACCOUNT':
      return true;
    case 'PENDING':
    case 'DECLINED':
    case 'REVOKED':
      return false;
  }
}

/** Why the owner may not act for the member; null when they may. */
export type ActingRefusal =
  'FAMILY_LINK_NOT_CONFIRMED' | 'FAMILY_LINK_DECLINED' | 'FAMILY_LINK_REVOKED';

export function actingRefusal(status: FamilyLinkStatus): ActingRefusal | null {
  switch (status) {
    case 'CONFIRMED':
    case 'NO_ACCOUNT':
      return null;
    case 'PENDING':
      return 'FAMILY_LINK_NOT_CONFIRMED';
    case 'DECLINED':
      return 'FAMILY_LINK_DECLINED';
    case 'REVOKED':
      return 'FAMILY_LINK_REVOKED';
  }
}

/** What the member does with a link to them. */
export type FamilyLinkAction = 'ACCEPT' | 'DECLINE' | 'REVOKE';

export type FamilyLinkTransition =
  | { ok: true; status: FamilyLinkStatus }
  | { ok: false; code: 'FAMILY_LINK_NOT_PENDING' | 'FAMILY_LINK_NOT_ACTIVE' };

/**
 * The allowed transitions, all made by the member: PENDING → CONFIRMED (accept) or DECLINED
 * (decline); CONFIRMED or NO_ACCOUNT → REVOKED (revoke). Anything else is refused with a code.
 */
export function nextFamilyLinkStatus(
  status: FamilyLinkStatus,
  action: FamilyLinkAction,
): FamilyLinkTransition {
  switch (action) {
    case 'ACCEPT':
      return status === 'PENDING'
        ? { ok: true, status: 'CONFIRMED' }
        : { ok: false, code: 'FAMILY_LINK_NOT_PENDING' };
    case 'DECLINE':
      return status === 'PENDING'
        ? { ok: true, status: 'DECLINED' }
        : { ok: false, code: 'FAMILY_LINK_NOT_PENDING' };
    case 'REVOKE':
      return canActFor(status)
        ? { ok: true, status: 'REVOKED' }
        : { ok: false, code: 'FAMILY_LINK_NOT_ACTIVE' };
  }
}

/** The statuses from which `action` is allowed (for a conditional UPDATE … WHERE status IN …). */
export function familyLinkStatusesAllowing(action: FamilyLinkAction): FamilyLinkStatus[] {
  return FAMILY_LINK_STATUSES.filter((status) => nextFamilyLinkStatus(status, action).ok);
}

/**
 * The status of a link whose member no longer holds its ID number on their account (they
 * corrected their real name): the person of that ID number has no account now, so a link still
 * waiting for an answer needs none; answered links keep their status.
 */
export function familyLinkStatusWhenUnlinked(status: FamilyLinkStatus): FamilyLinkStatus {
  return status === 'PENDING' ? 'NO_ACCOUNT' : status;
}

/** Who did something recorded for someone (an appointment, a ticket): the actor and the subject. */
export interface ActedRecord {
  actorUserId: string;
  /** Blind index of the subject's ID number. */
  subjectIdNumberHash: string;
}

/** The caller: their account and the blind index of their own ID number (null before 实名). */
export interface RecordViewer {
  userId: string;
  idNumberHash: string | null;
}

/**
 * A record made by someone for someone is visible to the one who acted and to the subject
 * themselves (the citizen whose real-name profile has the subject's ID number) — no one else.
 */
export function isRecordVisibleTo(record: ActedRecord, viewer: RecordViewer): boolean {
  if (record.actorUserId === viewer.userId) return true;
  return Boolean(viewer.idNumberHash) && viewer.idNumberHash === record.subjectIdNumberHash;
}

/** "王** 代 张** 办理", or "张** 本人办理" for oneself (masked names in, a sentence out). */
export function actedBySummary(
  actorMaskedName: string,
  subjectMaskedName: string,
  forSelf: boolean,
): string {
  return forSelf
    ? `${subjectMaskedName} 本人办理`
    : `${actorMaskedName} 代 ${subjectMaskedName} 办理`;
}
