import { graphql } from '@/gql';

export const AccountProfileFieldsFragment = graphql(`
  fragment AccountProfileFields on Profile {
    maskedName
    maskedIdNumber
    maskedPhone
    phoneVerified
    age
    suggestCareMode
  }
`);

export const AccountProfileQuery = graphql(`
  query AccountProfile {
    me {
      id
      careMode
      profile {
        ...AccountProfileFields
      }
      address {
        ...PostalAddressFields
      }
    }
  }
`);

export const SubmitRealNameMutation = graphql(`
  mutation SubmitRealName($input: RealNameInput!) {
    submitRealName(input: $input) {
      id
      careMode
      profile {
        ...AccountProfileFields
      }
    }
  }
`);

export const RequestPhoneCodeMutation = graphql(`
  mutation RequestPhoneCode($phone: String!) {
    requestPhoneCode(phone: $phone)
  }
`);

export const VerifyPhoneMutation = graphql(`
  mutation VerifyPhone($phone: String!, $code: String!) {
    verifyPhone(phone: $phone, code: $code) {
      id
      careMode
      profile {
        ...AccountProfileFields
      }
    }
  }
`);

export const FamilyMemberFieldsFragment = graphql(`
  fragment FamilyMemberFields on FamilyMember {
    id
    maskedName
    maskedIdNumber
    maskedPhone
    relation
    age
    linkStatus
    canActFor
  }
`);

export const FamilyMembersQuery = graphql(`
  query FamilyMembers {
    familyMembers {
      ...FamilyMemberFields
    }
  }
`);

export const AddFamilyMemberMutation = graphql(`
  mutation AddFamilyMember($input: FamilyMemberInput!) {
    addFamilyMember(input: $input) {
      ...FamilyMemberFields
    }
  }
`);

export const RemoveFamilyMemberMutation = graphql(`
  mutation RemoveFamilyMember($id: ID!) {
    removeFamilyMember(id: $id)
  }
`);
