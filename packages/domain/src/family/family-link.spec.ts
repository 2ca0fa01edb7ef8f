import { ERROR_MESSAGES } from '../errors/error-code';
import {
  FAMILY_LINK_STATUSES,
  FAMILY_LINK_STATUS_LABELS,
  FAMILY_LINK_STATUS_LABELS_FOR_MEMBER,
  actedBySummary,
  actingRefusal,
  canActFor,
  familyLinkStatusWhenUnlinked,
  familyLinkStatusesAllowing,
  initialFamilyLinkStatus,
  isFamilyLinkStatus,
  isRecordVisibleTo,
  nextFamilyLinkStatus,
  type FamilyLinkAction,
} from './family-link';

describe('family link status', () => {
  it('has the Chinese labels the owner sees', () => {
    expect(FAMILY_LINK_STATUS_LABELS).toEqual({
      PENDING: '待对方确认',
      CONFIRMED: '已确认',
      DECLINED: '对方已拒绝',
      REVOKED: '对方已撤销',
      NO_ACCOUNT: '无需确认',
    });
    for (const status of FAMILY_LINK_STATUSES) {
      expect(FAMILY_LINK_STATUS_LABELS_FOR_MEMBER[status]).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('recognises only known statuses', () => {
    expect(isFamilyLinkStatus('PENDING')).toBe(true);
    expect(isFamilyLinkStatus('pending')).toBe(false);
    expect(isFamilyLinkStatus(null)).toBe(false);
  });

  it('asks a member with an account, not one without', () => {
    expect(initialFamilyLinkStatus(true)).toBe('PENDING');
    expect(initialFamilyLinkStatus(false)).toBe('NO_ACCOUNT');
  });

  it('lets the owner act only for a confirmed member or one without an account', () => {
    expect(FAMILY_LINK_STATUSES.filter(canActFor)).toEqual(['CONFIRMED', 'NO_ACCOUNT']);
  });

  it('says why acting is refused, with codes that have Chinese messages', () => {
    expect(actingRefusal('CONFIRMED')).toBeNull();
    expect(actingRefusal('NO_ACCOUNT')).toBeNull();
    expect(actingRefusal('PENDING')).toBe('FAMILY_LINK_NOT_CONFIRMED');
    expect(actingRefusal('DECLINED')).toBe('FAMILY_LINK_DECLINED');
    expect(actingRefusal('REVOKED')).toBe('FAMILY_LINK_REVOKED');
    for (const status of FAMILY_LINK_STATUSES) {
      const refusal = actingRefusal(status);
      expect(refusal === null).toBe(canActFor(status));
      if (refusal) expect(ERROR_MESSAGES[refusal]).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('family link transitions', () => {
  const table: [string, FamilyLinkAction, string][] = [
    ['PENDING', 'ACCEPT', 'CONFIRMED'],
    ['PENDING', 'DECLINE', 'DECLINED'],
    ['PENDING', 'REVOKE', 'FAMILY_LINK_NOT_ACTIVE'],
    ['CONFIRMED', 'ACCEPT', 'FAMILY_LINK_NOT_PENDING'],
    ['CONFIRMED', 'DECLINE', 'FAMILY_LINK_NOT_PENDING'],
    ['CONFIRMED', 'REVOKE', 'REVOKED'],
    ['NO_ACCOUNT', 'ACCEPT', 'FAMILY_LINK_NOT_PENDING'],
    ['NO_ACCOUNT', 'DECLINE', 'FAMILY_LINK_NOT_PENDING'],
    ['NO_ACCOUNT', 'REVOKE', 'REVOKED'],
    ['DECLINED', 'ACCEPT', 'FAMILY_LINK_NOT_PENDING'],
    ['DECLINED', 'DECLINE', 'FAMILY_LINK_NOT_PENDING'],
    ['DECLINED', 'REVOKE', 'FAMILY_LINK_NOT_ACTIVE'],
    ['REVOKED', 'ACCEPT', 'FAMILY_LINK_NOT_PENDING'],
    ['REVOKED', 'DECLINE', 'FAMILY_LINK_NOT_PENDING'],
    ['REVOKED', 'REVOKE', 'FAMILY_LINK_NOT_ACTIVE'],
  ];

  it('covers every status and action', () => {
    expect(table).toHaveLength(FAMILY_LINK_STATUSES.length * 3);
  });

  it.each(table)('%s + %s → %s', (status, action, outcome) => {
    if (!isFamilyLinkStatus(status)) throw new Error(status);
    const next = nextFamilyLinkStatus(status, action);
    expect(next.ok ? next.status : next.code).toBe(outcome);
    if (!next.ok) expect(ERROR_MESSAGES[next.code]).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('lists the statuses each action starts from', () => {
    expect(familyLinkStatusesAllowing('ACCEPT')).toEqual(['PENDING']);
    expect(familyLinkStatusesAllowing('DECLINE')).toEqual(['PENDING']);
    expect(familyLinkStatusesAllowing('REVOKE')).toEqual(['CONFIRMED', 'NO_ACCOUNT']);
  });

  it('makes an unanswered request need no answer once no account holds the ID number', () => {
    expect(familyLinkStatusWhenUnlinked('PENDING')).toBe('NO_ACCOUNT');
    for (const status of ['CONFIRMED', 'DECLINED', 'REVOKED', 'NO_ACCOUNT'] as const) {
      expect(familyLinkStatusWhenUnlinked(status)).toBe(status);
    }
  });
});

describe('record visibility', () => {
  const record = { actorUserId: 'actor', subjectIdNumberHash: 'hash-of-subject' };

  it('shows a record to the one who acted', () => {
    expect(isRecordVisibleTo(record, { userId: 'actor', idNumberHash: null })).toBe(true);
    expect(isRecordVisibleTo(record, { userId: 'actor', idNumberHash: 'other' })).toBe(true);
  });

  it('shows a record to its subject, found by their own ID number', () => {
    expect(isRecordVisibleTo(record, { userId: 'subject', idNumberHash: 'hash-of-subject' })).toBe(
      true,
    );
  });

  it('hides it from everyone else, also from callers without a real-name profile or a hash', () => {
    expect(isRecordVisibleTo(record, { userId: 'other', idNumberHash: 'other-hash' })).toBe(false);
    expect(isRecordVisibleTo(record, { userId: 'other', idNumberHash: null })).toBe(false);
    expect(
      isRecordVisibleTo(
        { actorUserId: 'actor', subjectIdNumberHash: '' },
        {
          userId: 'other',
          idNumberHash: '',
        },
      ),
    ).toBe(false);
  });
});

describe('actedBySummary', () => {
  it('says who acted for whom', () => {
    expect(actedBySummary('王**', '张**', false)).toBe('王** 代 张** 办理');
    expect(actedBySummary('张**', '张**', true)).toBe('张** 本人办理');
  });
});
