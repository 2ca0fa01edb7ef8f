import { graphql } from '@/gql';

export const ThemePageQuery = graphql(`
  query ThemePage($code: String!) {
    theme(code: $code) {
      code
      name
      description
      committedDays
      zone
      window
      bookingCategoryCode
      items {
        code
        name
        departmentName
        visitsNeeded
        fullyOnline
        committedDays
      }
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
        usedBy {
          code
          name
        }
      }
      flow {
        stage
        parallel
        items {
          code
          name
        }
      }
      saving {
        materialsBefore
        materialsAfter
        stepsBefore
        stepsAfter
        daysBefore
        daysAfter
      }
      freshness {
        syncedAt
        stale
        ageSeconds
      }
    }
  }
`);
