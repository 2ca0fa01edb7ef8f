import { graphql } from '@/gql';

export const ServiceItemPageQuery = graphql(`
  query ServiceItemPage($code: String!) {
    serviceItem(code: $code) {
      code
      name
      departmentName
      type
      audiences
      visitsNeeded
      fullyOnline
      preReview
      onlineUrl
      committedDays
      statutoryDays
      conditions
      legalBasis
      materials {
        code
        name
        required
        condition
        forms {
          original
          copy
          electronic
        }
        originalCopies
        copyCopies
        source
        blankFormUrl
        sampleUrl
        notes
      }
      steps {
        name
        description
        actor
      }
      fees {
        name
        amount
        unit
        basis
      }
      free
      zone
      window
      officeHours
      phone
      faq {
        question
        answer
      }
      results {
        name
        kind
      }
      deliveryOptions
      bookingCategoryCode
      themes {
        code
        name
        itemCount
        committedDays
      }
      freshness {
        syncedAt
        stale
        ageSeconds
      }
    }
  }
`);
