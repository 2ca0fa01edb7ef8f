/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who an item serves: 个人 (INDIVIDUAL) or 法人 (LEGAL_PERSON) */
export type Audience =
  | 'INDIVIDUAL'
  | 'LEGAL_PERSON';

export type ChecklistAnswerInput = {
  questionId: string;
  yes: boolean;
};

export type ChecklistSubjectInput = {
  code: string;
  kind: ChecklistSubjectKind;
};

/** A checklist is for one service item or for a 一件事 theme */
export type ChecklistSubjectKind =
  | 'ITEM'
  | 'THEME';

/** Seeded test accounts for the demo login (development and tests only) */
export type DemoPersona =
  | 'CITIZEN_A'
  | 'CITIZEN_B';

export type FamilyMemberInput = {
  idNumber: string;
  /** As on the ID card */
  name: string;
  /** A Chinese mobile number (optional) */
  phone?: string | null | undefined;
  relation: FamilyRelation;
};

/** How a family member is related to the citizen acting for them */
export type FamilyRelation =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'GRANDPARENT'
  | 'OTHER'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE';

export type RealNameInput = {
  /** 18 characters; spaces and a lower-case x are accepted */
  idNumber: string;
  /** As on the ID card */
  name: string;
};

/** A service item or an 一件事 theme */
export type SearchHitKind =
  | 'ITEM'
  | 'THEME';

/** How a hit matched the query, best first (hot items in a fallback count as NAME) */
export type SearchMatch =
  | 'DEPARTMENT'
  | 'INITIALS'
  | 'MATERIAL'
  | 'NAME'
  | 'PINYIN'
  | 'SYNONYM'
  | 'TYPO';

/** Every given value must match */
export type ServiceItemFilter = {
  audience?: Audience | null | undefined;
  departmentCode?: string | null | undefined;
  lifeEvent?: string | null | undefined;
  topic?: string | null | undefined;
};

export type ShareChecklistInput = {
  answers: Array<ChecklistAnswerInput>;
  heldCodes: Array<string>;
  subject: ChecklistSubjectInput;
};

/** Citizen (WeChat login), hall staff, hall admin or system admin */
export type UserRole =
  | 'CITIZEN'
  | 'HALL_ADMIN'
  | 'STAFF'
  | 'SYSTEM_ADMIN';

export type DemoLoginMutationVariables = Exact<{
  persona: DemoPersona;
}>;


export type DemoLoginMutation = { demoLogin: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, role: UserRole, careMode: boolean } } };

export type LoginWithWechatMutationVariables = Exact<{
  code: string;
}>;


export type LoginWithWechatMutation = { loginWithWechat: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, role: UserRole, careMode: boolean } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, expiresIn: number, user: { id: string, role: UserRole, careMode: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SetCareModeMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetCareModeMutation = { setCareMode: { id: string, careMode: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: UserRole, careMode: boolean } | null };

export type HomePageQueryVariables = Exact<{
  limit: number;
}>;


export type HomePageQuery = { hotServiceItems: { items: Array<{ code: string, name: string, departmentName: string, type: string, audiences: Array<string>, visitsNeeded: number, fullyOnline: boolean, committedDays: number }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } }, mainHall: { name: string, phone: string, officeHours: string, address: string } };

export type MeOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MeOverviewQuery = { me: { id: string, role: UserRole, profile: { maskedName: string, maskedPhone: string | null, phoneVerified: boolean } | null } | null };

export type ServicesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesPageQuery = { departments: Array<{ code: string, name: string, shortName: string, itemCount: number }>, catalogueFacets: { topics: Array<{ name: string, count: number }>, lifeEvents: Array<{ name: string, count: number }> }, themes: Array<{ code: string, name: string, description: string, itemCount: number, committedDays: number }> };

export type AccountProfileFieldsFragment = { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean };

export type AccountProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountProfileQuery = { me: { id: string, careMode: boolean, profile: { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean } | null } | null };

export type SubmitRealNameMutationVariables = Exact<{
  input: RealNameInput;
}>;


export type SubmitRealNameMutation = { submitRealName: { id: string, careMode: boolean, profile: { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean } | null } };

export type RequestPhoneCodeMutationVariables = Exact<{
  phone: string;
}>;


export type RequestPhoneCodeMutation = { requestPhoneCode: boolean };

export type VerifyPhoneMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type VerifyPhoneMutation = { verifyPhone: { id: string, careMode: boolean, profile: { maskedName: string, maskedIdNumber: string, maskedPhone: string | null, phoneVerified: boolean, age: number, suggestCareMode: boolean } | null } };

export type FamilyMemberFieldsFragment = { id: string, maskedName: string, maskedIdNumber: string, maskedPhone: string | null, relation: FamilyRelation, age: number };

export type FamilyMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyMembersQuery = { familyMembers: Array<{ id: string, maskedName: string, maskedIdNumber: string, maskedPhone: string | null, relation: FamilyRelation, age: number }> };

export type AddFamilyMemberMutationVariables = Exact<{
  input: FamilyMemberInput;
}>;


export type AddFamilyMemberMutation = { addFamilyMember: { id: string, maskedName: string, maskedIdNumber: string, maskedPhone: string | null, relation: FamilyRelation, age: number } };

export type RemoveFamilyMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveFamilyMemberMutation = { removeFamilyMember: boolean };

export type BrowseServiceItemsQueryVariables = Exact<{
  filter?: ServiceItemFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type BrowseServiceItemsQuery = { browseServiceItems: { totalCount: number, hasMore: boolean, nextOffset: number | null, items: Array<{ code: string, name: string, departmentName: string, visitsNeeded: number, fullyOnline: boolean, committedDays: number }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } };

export type ChecklistTemplateFieldsFragment = { kind: ChecklistSubjectKind, code: string, title: string, questions: Array<{ id: string, text: string }>, materials: Array<{ code: string, name: string, required: boolean, questionId: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }> };

export type ChecklistPageQueryVariables = Exact<{
  subject: ChecklistSubjectInput;
}>;


export type ChecklistPageQuery = { checklist: { kind: ChecklistSubjectKind, code: string, title: string, questions: Array<{ id: string, text: string }>, materials: Array<{ code: string, name: string, required: boolean, questionId: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }> } | null };

export type SharedChecklistPageQueryVariables = Exact<{
  token: string;
}>;


export type SharedChecklistPageQuery = { sharedChecklist: { token: string, createdAt: string, heldCodes: Array<string>, answers: Array<{ questionId: string, yes: boolean }>, template: { kind: ChecklistSubjectKind, code: string, title: string, questions: Array<{ id: string, text: string }>, materials: Array<{ code: string, name: string, required: boolean, questionId: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }> } } | null };

export type ShareChecklistMutationVariables = Exact<{
  input: ShareChecklistInput;
}>;


export type ShareChecklistMutation = { shareChecklist: { token: string } };

export type ServiceItemPageQueryVariables = Exact<{
  code: string;
}>;


export type ServiceItemPageQuery = { serviceItem: { code: string, name: string, departmentName: string, type: string, audiences: Array<string>, visitsNeeded: number, fullyOnline: boolean, preReview: boolean, onlineUrl: string | null, committedDays: number, statutoryDays: number, conditions: Array<string>, legalBasis: Array<string>, free: boolean, zone: string, window: string, officeHours: string, phone: string, deliveryOptions: Array<string>, materials: Array<{ code: string, name: string, required: boolean, condition: string | null, originalCopies: number, copyCopies: number, source: string, blankFormUrl: string | null, sampleUrl: string | null, notes: string | null, forms: { original: boolean, copy: boolean, electronic: boolean } }>, steps: Array<{ name: string, description: string, actor: string }>, fees: Array<{ name: string, amount: number, unit: string, basis: string }>, faq: Array<{ question: string, answer: string }>, results: Array<{ name: string, kind: string }>, themes: Array<{ code: string, name: string, itemCount: number, committedDays: number }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } | null };

export type ThemePageQueryVariables = Exact<{
  code: string;
}>;


export type ThemePageQuery = { theme: { code: string, name: string, description: string, committedDays: number, zone: string, window: string, items: Array<{ code: string, name: string, departmentName: string, visitsNeeded: number, fullyOnline: boolean, committedDays: number }>, materials: Array<{ code: string, name: string, required: boolean, condition: string | null, originalCopies: number, copyCopies: number, source: string, forms: { original: boolean, copy: boolean, electronic: boolean }, usedBy: Array<{ code: string, name: string }> }>, flow: Array<{ stage: string, parallel: boolean, items: Array<{ code: string, name: string }> }>, saving: { materialsBefore: number, materialsAfter: number, stepsBefore: number, stepsAfter: number, daysBefore: number, daysAfter: number }, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } | null };

export type SearchCatalogueQueryVariables = Exact<{
  query: string;
  limit: number;
}>;


export type SearchCatalogueQuery = { searchCatalogue: { query: string, totalCount: number, hotFallback: boolean, hits: Array<{ kind: SearchHitKind, code: string, name: string, departmentName: string | null, match: SearchMatch }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } };

export type SearchSuggestionsQueryVariables = Exact<{
  prefix: string;
  limit: number;
}>;


export type SearchSuggestionsQuery = { searchSuggestions: Array<{ text: string, kind: SearchHitKind, code: string }> };

export type SearchHallQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchHallQuery = { mainHall: { name: string, phone: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}
    `, {"fragmentName":"AccountProfileFields"}) as unknown as TypedDocumentString<AccountProfileFieldsFragment, unknown>;
export const FamilyMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment FamilyMemberFields on FamilyMember {
  id
  maskedName
  maskedIdNumber
  maskedPhone
  relation
  age
}
    `, {"fragmentName":"FamilyMemberFields"}) as unknown as TypedDocumentString<FamilyMemberFieldsFragment, unknown>;
export const ChecklistTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChecklistTemplateFields on ChecklistTemplate {
  kind
  code
  title
  questions {
    id
    text
  }
  materials {
    code
    name
    required
    questionId
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
}
    `, {"fragmentName":"ChecklistTemplateFields"}) as unknown as TypedDocumentString<ChecklistTemplateFieldsFragment, unknown>;
export const DemoLoginDocument = new TypedDocumentString(`
    mutation DemoLogin($persona: DemoPersona!) {
  demoLogin(persona: $persona) {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      role
      careMode
    }
  }
}
    `) as unknown as TypedDocumentString<DemoLoginMutation, DemoLoginMutationVariables>;
export const LoginWithWechatDocument = new TypedDocumentString(`
    mutation LoginWithWechat($code: String!) {
  loginWithWechat(code: $code) {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      role
      careMode
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithWechatMutation, LoginWithWechatMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    expiresIn
    user {
      id
      role
      careMode
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SetCareModeDocument = new TypedDocumentString(`
    mutation SetCareMode($enabled: Boolean!) {
  setCareMode(enabled: $enabled) {
    id
    careMode
  }
}
    `) as unknown as TypedDocumentString<SetCareModeMutation, SetCareModeMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    role
    careMode
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($limit: Int!) {
  hotServiceItems(limit: $limit) {
    items {
      code
      name
      departmentName
      type
      audiences
      visitsNeeded
      fullyOnline
      committedDays
    }
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
  mainHall {
    name
    phone
    officeHours
    address
  }
}
    `) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const MeOverviewDocument = new TypedDocumentString(`
    query MeOverview {
  me {
    id
    role
    profile {
      maskedName
      maskedPhone
      phoneVerified
    }
  }
}
    `) as unknown as TypedDocumentString<MeOverviewQuery, MeOverviewQueryVariables>;
export const ServicesPageDocument = new TypedDocumentString(`
    query ServicesPage {
  departments {
    code
    name
    shortName
    itemCount
  }
  catalogueFacets {
    topics {
      name
      count
    }
    lifeEvents {
      name
      count
    }
  }
  themes {
    code
    name
    description
    itemCount
    committedDays
  }
}
    `) as unknown as TypedDocumentString<ServicesPageQuery, ServicesPageQueryVariables>;
export const AccountProfileDocument = new TypedDocumentString(`
    query AccountProfile {
  me {
    id
    careMode
    profile {
      ...AccountProfileFields
    }
  }
}
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}`) as unknown as TypedDocumentString<AccountProfileQuery, AccountProfileQueryVariables>;
export const SubmitRealNameDocument = new TypedDocumentString(`
    mutation SubmitRealName($input: RealNameInput!) {
  submitRealName(input: $input) {
    id
    careMode
    profile {
      ...AccountProfileFields
    }
  }
}
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}`) as unknown as TypedDocumentString<SubmitRealNameMutation, SubmitRealNameMutationVariables>;
export const RequestPhoneCodeDocument = new TypedDocumentString(`
    mutation RequestPhoneCode($phone: String!) {
  requestPhoneCode(phone: $phone)
}
    `) as unknown as TypedDocumentString<RequestPhoneCodeMutation, RequestPhoneCodeMutationVariables>;
export const VerifyPhoneDocument = new TypedDocumentString(`
    mutation VerifyPhone($phone: String!, $code: String!) {
  verifyPhone(phone: $phone, code: $code) {
    id
    careMode
    profile {
      ...AccountProfileFields
    }
  }
}
    fragment AccountProfileFields on Profile {
  maskedName
  maskedIdNumber
  maskedPhone
  phoneVerified
  age
  suggestCareMode
}`) as unknown as TypedDocumentString<VerifyPhoneMutation, VerifyPhoneMutationVariables>;
export const FamilyMembersDocument = new TypedDocumentString(`
    query FamilyMembers {
  familyMembers {
    ...FamilyMemberFields
  }
}
    fragment FamilyMemberFields on FamilyMember {
  id
  maskedName
  maskedIdNumber
  maskedPhone
  relation
  age
}`) as unknown as TypedDocumentString<FamilyMembersQuery, FamilyMembersQueryVariables>;
export const AddFamilyMemberDocument = new TypedDocumentString(`
    mutation AddFamilyMember($input: FamilyMemberInput!) {
  addFamilyMember(input: $input) {
    ...FamilyMemberFields
  }
}
    fragment FamilyMemberFields on FamilyMember {
  id
  maskedName
  maskedIdNumber
  maskedPhone
  relation
  age
}`) as unknown as TypedDocumentString<AddFamilyMemberMutation, AddFamilyMemberMutationVariables>;
export const RemoveFamilyMemberDocument = new TypedDocumentString(`
    mutation RemoveFamilyMember($id: ID!) {
  removeFamilyMember(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveFamilyMemberMutation, RemoveFamilyMemberMutationVariables>;
export const BrowseServiceItemsDocument = new TypedDocumentString(`
    query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {
  browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {
    items {
      code
      name
      departmentName
      visitsNeeded
      fullyOnline
      committedDays
    }
    totalCount
    hasMore
    nextOffset
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<BrowseServiceItemsQuery, BrowseServiceItemsQueryVariables>;
export const ChecklistPageDocument = new TypedDocumentString(`
    query ChecklistPage($subject: ChecklistSubjectInput!) {
  checklist(subject: $subject) {
    ...ChecklistTemplateFields
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  kind
  code
  title
  questions {
    id
    text
  }
  materials {
    code
    name
    required
    questionId
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
}`) as unknown as TypedDocumentString<ChecklistPageQuery, ChecklistPageQueryVariables>;
export const SharedChecklistPageDocument = new TypedDocumentString(`
    query SharedChecklistPage($token: String!) {
  sharedChecklist(token: $token) {
    token
    createdAt
    heldCodes
    answers {
      questionId
      yes
    }
    template {
      ...ChecklistTemplateFields
    }
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  kind
  code
  title
  questions {
    id
    text
  }
  materials {
    code
    name
    required
    questionId
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
}`) as unknown as TypedDocumentString<SharedChecklistPageQuery, SharedChecklistPageQueryVariables>;
export const ShareChecklistDocument = new TypedDocumentString(`
    mutation ShareChecklist($input: ShareChecklistInput!) {
  shareChecklist(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ShareChecklistMutation, ShareChecklistMutationVariables>;
export const ServiceItemPageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ServiceItemPageQuery, ServiceItemPageQueryVariables>;
export const ThemePageDocument = new TypedDocumentString(`
    query ThemePage($code: String!) {
  theme(code: $code) {
    code
    name
    description
    committedDays
    zone
    window
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
    `) as unknown as TypedDocumentString<ThemePageQuery, ThemePageQueryVariables>;
export const SearchCatalogueDocument = new TypedDocumentString(`
    query SearchCatalogue($query: String!, $limit: Int!) {
  searchCatalogue(query: $query, limit: $limit) {
    query
    totalCount
    hotFallback
    hits {
      kind
      code
      name
      departmentName
      match
    }
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCatalogueQuery, SearchCatalogueQueryVariables>;
export const SearchSuggestionsDocument = new TypedDocumentString(`
    query SearchSuggestions($prefix: String!, $limit: Int!) {
  searchSuggestions(prefix: $prefix, limit: $limit) {
    text
    kind
    code
  }
}
    `) as unknown as TypedDocumentString<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const SearchHallDocument = new TypedDocumentString(`
    query SearchHall {
  mainHall {
    name
    phone
  }
}
    `) as unknown as TypedDocumentString<SearchHallQuery, SearchHallQueryVariables>;