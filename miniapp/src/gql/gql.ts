/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation DemoLogin($persona: DemoPersona!) {\n    demoLogin(persona: $persona) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": typeof types.DemoLoginDocument,
    "\n  mutation LoginWithWechat($code: String!) {\n    loginWithWechat(code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": typeof types.LoginWithWechatDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetCareMode($enabled: Boolean!) {\n    setCareMode(enabled: $enabled) {\n      id\n      careMode\n    }\n  }\n": typeof types.SetCareModeDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      careMode\n    }\n  }\n": typeof types.MeDocument,
    "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query MeOverview {\n    me {\n      id\n      role\n      profile {\n        maskedName\n        maskedPhone\n        phoneVerified\n      }\n    }\n  }\n": typeof types.MeOverviewDocument,
    "\n  query ServicesPage {\n    departments {\n      code\n      name\n      shortName\n      itemCount\n    }\n    catalogueFacets {\n      topics {\n        name\n        count\n      }\n      lifeEvents {\n        name\n        count\n      }\n    }\n    themes {\n      code\n      name\n      description\n      itemCount\n      committedDays\n    }\n  }\n": typeof types.ServicesPageDocument,
    "\n  fragment AccountProfileFields on Profile {\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    phoneVerified\n    age\n    suggestCareMode\n  }\n": typeof types.AccountProfileFieldsFragmentDoc,
    "\n  query AccountProfile {\n    me {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": typeof types.AccountProfileDocument,
    "\n  mutation SubmitRealName($input: RealNameInput!) {\n    submitRealName(input: $input) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": typeof types.SubmitRealNameDocument,
    "\n  mutation RequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone)\n  }\n": typeof types.RequestPhoneCodeDocument,
    "\n  mutation VerifyPhone($phone: String!, $code: String!) {\n    verifyPhone(phone: $phone, code: $code) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": typeof types.VerifyPhoneDocument,
    "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    relation\n    age\n  }\n": typeof types.FamilyMemberFieldsFragmentDoc,
    "\n  query FamilyMembers {\n    familyMembers {\n      ...FamilyMemberFields\n    }\n  }\n": typeof types.FamilyMembersDocument,
    "\n  mutation AddFamilyMember($input: FamilyMemberInput!) {\n    addFamilyMember(input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": typeof types.AddFamilyMemberDocument,
    "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n": typeof types.RemoveFamilyMemberDocument,
    "\n  query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {\n    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      totalCount\n      hasMore\n      nextOffset\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.BrowseServiceItemsDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    kind\n    code\n    title\n    questions {\n      id\n      text\n    }\n    materials {\n      code\n      name\n      required\n      questionId\n      forms {\n        original\n        copy\n        electronic\n      }\n      originalCopies\n      copyCopies\n      source\n      usedBy {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ChecklistTemplateFieldsFragmentDoc,
    "\n  query ChecklistPage($subject: ChecklistSubjectInput!) {\n    checklist(subject: $subject) {\n      ...ChecklistTemplateFields\n    }\n  }\n": typeof types.ChecklistPageDocument,
    "\n  query SharedChecklistPage($token: String!) {\n    sharedChecklist(token: $token) {\n      token\n      createdAt\n      heldCodes\n      answers {\n        questionId\n        yes\n      }\n      template {\n        ...ChecklistTemplateFields\n      }\n    }\n  }\n": typeof types.SharedChecklistPageDocument,
    "\n  mutation ShareChecklist($input: ShareChecklistInput!) {\n    shareChecklist(input: $input) {\n      token\n    }\n  }\n": typeof types.ShareChecklistDocument,
    "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      audiences\n      visitsNeeded\n      fullyOnline\n      preReview\n      onlineUrl\n      committedDays\n      statutoryDays\n      conditions\n      legalBasis\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        blankFormUrl\n        sampleUrl\n        notes\n      }\n      steps {\n        name\n        description\n        actor\n      }\n      fees {\n        name\n        amount\n        unit\n        basis\n      }\n      free\n      zone\n      window\n      officeHours\n      phone\n      faq {\n        question\n        answer\n      }\n      results {\n        name\n        kind\n      }\n      deliveryOptions\n      themes {\n        code\n        name\n        itemCount\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.ServiceItemPageDocument,
    "\n  query ThemePage($code: String!) {\n    theme(code: $code) {\n      code\n      name\n      description\n      committedDays\n      zone\n      window\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        usedBy {\n          code\n          name\n        }\n      }\n      flow {\n        stage\n        parallel\n        items {\n          code\n          name\n        }\n      }\n      saving {\n        materialsBefore\n        materialsAfter\n        stepsBefore\n        stepsAfter\n        daysBefore\n        daysAfter\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.ThemePageDocument,
    "\n  query SearchCatalogue($query: String!, $limit: Int!) {\n    searchCatalogue(query: $query, limit: $limit) {\n      query\n      totalCount\n      hotFallback\n      hits {\n        kind\n        code\n        name\n        departmentName\n        match\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": typeof types.SearchCatalogueDocument,
    "\n  query SearchSuggestions($prefix: String!, $limit: Int!) {\n    searchSuggestions(prefix: $prefix, limit: $limit) {\n      text\n      kind\n      code\n    }\n  }\n": typeof types.SearchSuggestionsDocument,
    "\n  query SearchHall {\n    mainHall {\n      name\n      phone\n    }\n  }\n": typeof types.SearchHallDocument,
};
const documents: Documents = {
    "\n  mutation DemoLogin($persona: DemoPersona!) {\n    demoLogin(persona: $persona) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": types.DemoLoginDocument,
    "\n  mutation LoginWithWechat($code: String!) {\n    loginWithWechat(code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": types.LoginWithWechatDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetCareMode($enabled: Boolean!) {\n    setCareMode(enabled: $enabled) {\n      id\n      careMode\n    }\n  }\n": types.SetCareModeDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      careMode\n    }\n  }\n": types.MeDocument,
    "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n": types.HomePageDocument,
    "\n  query MeOverview {\n    me {\n      id\n      role\n      profile {\n        maskedName\n        maskedPhone\n        phoneVerified\n      }\n    }\n  }\n": types.MeOverviewDocument,
    "\n  query ServicesPage {\n    departments {\n      code\n      name\n      shortName\n      itemCount\n    }\n    catalogueFacets {\n      topics {\n        name\n        count\n      }\n      lifeEvents {\n        name\n        count\n      }\n    }\n    themes {\n      code\n      name\n      description\n      itemCount\n      committedDays\n    }\n  }\n": types.ServicesPageDocument,
    "\n  fragment AccountProfileFields on Profile {\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    phoneVerified\n    age\n    suggestCareMode\n  }\n": types.AccountProfileFieldsFragmentDoc,
    "\n  query AccountProfile {\n    me {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": types.AccountProfileDocument,
    "\n  mutation SubmitRealName($input: RealNameInput!) {\n    submitRealName(input: $input) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": types.SubmitRealNameDocument,
    "\n  mutation RequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone)\n  }\n": types.RequestPhoneCodeDocument,
    "\n  mutation VerifyPhone($phone: String!, $code: String!) {\n    verifyPhone(phone: $phone, code: $code) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n": types.VerifyPhoneDocument,
    "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    relation\n    age\n  }\n": types.FamilyMemberFieldsFragmentDoc,
    "\n  query FamilyMembers {\n    familyMembers {\n      ...FamilyMemberFields\n    }\n  }\n": types.FamilyMembersDocument,
    "\n  mutation AddFamilyMember($input: FamilyMemberInput!) {\n    addFamilyMember(input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n": types.AddFamilyMemberDocument,
    "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n": types.RemoveFamilyMemberDocument,
    "\n  query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {\n    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      totalCount\n      hasMore\n      nextOffset\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.BrowseServiceItemsDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    kind\n    code\n    title\n    questions {\n      id\n      text\n    }\n    materials {\n      code\n      name\n      required\n      questionId\n      forms {\n        original\n        copy\n        electronic\n      }\n      originalCopies\n      copyCopies\n      source\n      usedBy {\n        code\n        name\n      }\n    }\n  }\n": types.ChecklistTemplateFieldsFragmentDoc,
    "\n  query ChecklistPage($subject: ChecklistSubjectInput!) {\n    checklist(subject: $subject) {\n      ...ChecklistTemplateFields\n    }\n  }\n": types.ChecklistPageDocument,
    "\n  query SharedChecklistPage($token: String!) {\n    sharedChecklist(token: $token) {\n      token\n      createdAt\n      heldCodes\n      answers {\n        questionId\n        yes\n      }\n      template {\n        ...ChecklistTemplateFields\n      }\n    }\n  }\n": types.SharedChecklistPageDocument,
    "\n  mutation ShareChecklist($input: ShareChecklistInput!) {\n    shareChecklist(input: $input) {\n      token\n    }\n  }\n": types.ShareChecklistDocument,
    "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      audiences\n      visitsNeeded\n      fullyOnline\n      preReview\n      onlineUrl\n      committedDays\n      statutoryDays\n      conditions\n      legalBasis\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        blankFormUrl\n        sampleUrl\n        notes\n      }\n      steps {\n        name\n        description\n        actor\n      }\n      fees {\n        name\n        amount\n        unit\n        basis\n      }\n      free\n      zone\n      window\n      officeHours\n      phone\n      faq {\n        question\n        answer\n      }\n      results {\n        name\n        kind\n      }\n      deliveryOptions\n      themes {\n        code\n        name\n        itemCount\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.ServiceItemPageDocument,
    "\n  query ThemePage($code: String!) {\n    theme(code: $code) {\n      code\n      name\n      description\n      committedDays\n      zone\n      window\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        usedBy {\n          code\n          name\n        }\n      }\n      flow {\n        stage\n        parallel\n        items {\n          code\n          name\n        }\n      }\n      saving {\n        materialsBefore\n        materialsAfter\n        stepsBefore\n        stepsAfter\n        daysBefore\n        daysAfter\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.ThemePageDocument,
    "\n  query SearchCatalogue($query: String!, $limit: Int!) {\n    searchCatalogue(query: $query, limit: $limit) {\n      query\n      totalCount\n      hotFallback\n      hits {\n        kind\n        code\n        name\n        departmentName\n        match\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n": types.SearchCatalogueDocument,
    "\n  query SearchSuggestions($prefix: String!, $limit: Int!) {\n    searchSuggestions(prefix: $prefix, limit: $limit) {\n      text\n      kind\n      code\n    }\n  }\n": types.SearchSuggestionsDocument,
    "\n  query SearchHall {\n    mainHall {\n      name\n      phone\n    }\n  }\n": types.SearchHallDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoLogin($persona: DemoPersona!) {\n    demoLogin(persona: $persona) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n"): typeof import('./graphql').DemoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithWechat($code: String!) {\n    loginWithWechat(code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n"): typeof import('./graphql').LoginWithWechatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      user {\n        id\n        role\n        careMode\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCareMode($enabled: Boolean!) {\n    setCareMode(enabled: $enabled) {\n      id\n      careMode\n    }\n  }\n"): typeof import('./graphql').SetCareModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      role\n      careMode\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($limit: Int!) {\n    hotServiceItems(limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        type\n        audiences\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n    mainHall {\n      name\n      phone\n      officeHours\n      address\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeOverview {\n    me {\n      id\n      role\n      profile {\n        maskedName\n        maskedPhone\n        phoneVerified\n      }\n    }\n  }\n"): typeof import('./graphql').MeOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicesPage {\n    departments {\n      code\n      name\n      shortName\n      itemCount\n    }\n    catalogueFacets {\n      topics {\n        name\n        count\n      }\n      lifeEvents {\n        name\n        count\n      }\n    }\n    themes {\n      code\n      name\n      description\n      itemCount\n      committedDays\n    }\n  }\n"): typeof import('./graphql').ServicesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountProfileFields on Profile {\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    phoneVerified\n    age\n    suggestCareMode\n  }\n"): typeof import('./graphql').AccountProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProfile {\n    me {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').AccountProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRealName($input: RealNameInput!) {\n    submitRealName(input: $input) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitRealNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPhoneCode($phone: String!) {\n    requestPhoneCode(phone: $phone)\n  }\n"): typeof import('./graphql').RequestPhoneCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPhone($phone: String!, $code: String!) {\n    verifyPhone(phone: $phone, code: $code) {\n      id\n      careMode\n      profile {\n        ...AccountProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilyMemberFields on FamilyMember {\n    id\n    maskedName\n    maskedIdNumber\n    maskedPhone\n    relation\n    age\n  }\n"): typeof import('./graphql').FamilyMemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyMembers {\n    familyMembers {\n      ...FamilyMemberFields\n    }\n  }\n"): typeof import('./graphql').FamilyMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFamilyMember($input: FamilyMemberInput!) {\n    addFamilyMember(input: $input) {\n      ...FamilyMemberFields\n    }\n  }\n"): typeof import('./graphql').AddFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFamilyMember($id: ID!) {\n    removeFamilyMember(id: $id)\n  }\n"): typeof import('./graphql').RemoveFamilyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {\n    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      totalCount\n      hasMore\n      nextOffset\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').BrowseServiceItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    kind\n    code\n    title\n    questions {\n      id\n      text\n    }\n    materials {\n      code\n      name\n      required\n      questionId\n      forms {\n        original\n        copy\n        electronic\n      }\n      originalCopies\n      copyCopies\n      source\n      usedBy {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ChecklistTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistPage($subject: ChecklistSubjectInput!) {\n    checklist(subject: $subject) {\n      ...ChecklistTemplateFields\n    }\n  }\n"): typeof import('./graphql').ChecklistPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedChecklistPage($token: String!) {\n    sharedChecklist(token: $token) {\n      token\n      createdAt\n      heldCodes\n      answers {\n        questionId\n        yes\n      }\n      template {\n        ...ChecklistTemplateFields\n      }\n    }\n  }\n"): typeof import('./graphql').SharedChecklistPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareChecklist($input: ShareChecklistInput!) {\n    shareChecklist(input: $input) {\n      token\n    }\n  }\n"): typeof import('./graphql').ShareChecklistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceItemPage($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      departmentName\n      type\n      audiences\n      visitsNeeded\n      fullyOnline\n      preReview\n      onlineUrl\n      committedDays\n      statutoryDays\n      conditions\n      legalBasis\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        blankFormUrl\n        sampleUrl\n        notes\n      }\n      steps {\n        name\n        description\n        actor\n      }\n      fees {\n        name\n        amount\n        unit\n        basis\n      }\n      free\n      zone\n      window\n      officeHours\n      phone\n      faq {\n        question\n        answer\n      }\n      results {\n        name\n        kind\n      }\n      deliveryOptions\n      themes {\n        code\n        name\n        itemCount\n        committedDays\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceItemPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemePage($code: String!) {\n    theme(code: $code) {\n      code\n      name\n      description\n      committedDays\n      zone\n      window\n      items {\n        code\n        name\n        departmentName\n        visitsNeeded\n        fullyOnline\n        committedDays\n      }\n      materials {\n        code\n        name\n        required\n        condition\n        forms {\n          original\n          copy\n          electronic\n        }\n        originalCopies\n        copyCopies\n        source\n        usedBy {\n          code\n          name\n        }\n      }\n      flow {\n        stage\n        parallel\n        items {\n          code\n          name\n        }\n      }\n      saving {\n        materialsBefore\n        materialsAfter\n        stepsBefore\n        stepsAfter\n        daysBefore\n        daysAfter\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').ThemePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCatalogue($query: String!, $limit: Int!) {\n    searchCatalogue(query: $query, limit: $limit) {\n      query\n      totalCount\n      hotFallback\n      hits {\n        kind\n        code\n        name\n        departmentName\n        match\n      }\n      freshness {\n        syncedAt\n        stale\n        ageSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').SearchCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestions($prefix: String!, $limit: Int!) {\n    searchSuggestions(prefix: $prefix, limit: $limit) {\n      text\n      kind\n      code\n    }\n  }\n"): typeof import('./graphql').SearchSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHall {\n    mainHall {\n      name\n      phone\n    }\n  }\n"): typeof import('./graphql').SearchHallDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
