import { graphql } from '@/gql';

/** 我的 → 家人请求: who added me as a family member, and my answers. */
export const FamilyLinkFieldsFragment = graphql(`
  fragment FamilyLinkFields on FamilyLinkToMe {
    id
    ownerMaskedName
    relation
    status
    createdAt
  }
`);

export const FamilyLinksToMeQuery = graphql(`
  query FamilyLinksToMe {
    familyLinksToMe {
      ...FamilyLinkFields
    }
  }
`);

export const RespondToFamilyLinkMutation = graphql(`
  mutation RespondToFamilyLink($id: ID!, $accept: Boolean!) {
    respondToFamilyLink(id: $id, accept: $accept) {
      ...FamilyLinkFields
    }
  }
`);

export const RevokeFamilyLinkMutation = graphql(`
  mutation RevokeFamilyLink($id: ID!) {
    revokeFamilyLink(id: $id) {
      ...FamilyLinkFields
    }
  }
`);
