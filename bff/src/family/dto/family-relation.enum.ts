import { registerEnumType } from '@nestjs/graphql';

/** Mirrors FAMILY_RELATIONS of @shizhong/domain (labels there). */
export enum FamilyRelationType {
  PARENT = 'PARENT',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  SIBLING = 'SIBLING',
  GRANDPARENT = 'GRANDPARENT',
  GRANDCHILD = 'GRANDCHILD',
  OTHER = 'OTHER',
}
registerEnumType(FamilyRelationType, {
  name: 'FamilyRelation',
  description: 'How a family member is related to the citizen acting for them',
});
