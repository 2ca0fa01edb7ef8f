import { ERROR_MESSAGES } from '../errors/error-code';
import {
  FAMILY_RELATION_LABELS,
  FAMILY_RELATIONS,
  MAX_FAMILY_MEMBERS,
  isFamilyRelation,
} from './family-relation';

describe('family relations', () => {
  it('labels every relation in Chinese', () => {
    for (const relation of FAMILY_RELATIONS) {
      expect(FAMILY_RELATION_LABELS[relation]).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('recognises only known relations', () => {
    expect(isFamilyRelation('PARENT')).toBe(true);
    expect(isFamilyRelation('parent')).toBe(false);
    expect(isFamilyRelation(1)).toBe(false);
  });

  it('states the member limit in its message', () => {
    expect(ERROR_MESSAGES.FAMILY_MEMBER_LIMIT).toContain(String(MAX_FAMILY_MEMBERS));
  });
});
