import { graphql } from '@/gql';

/** The postal address for 政务专递 on the 实名信息 page (masked; the region whole). */
export const PostalAddressFieldsFragment = graphql(`
  fragment PostalAddressFields on PostalAddress {
    region
    masked
  }
`);

export const SetAddressMutation = graphql(`
  mutation SetAddress($input: PostalAddressInput!) {
    setAddress(input: $input) {
      id
      address {
        ...PostalAddressFields
      }
    }
  }
`);

export const ClearAddressMutation = graphql(`
  mutation ClearAddress {
    clearAddress {
      id
      address {
        ...PostalAddressFields
      }
    }
  }
`);
