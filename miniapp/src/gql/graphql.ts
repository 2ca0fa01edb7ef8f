/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type HomePageQueryVariables = Exact<{
  limit: number;
}>;


export type HomePageQuery = { hotServiceItems: { items: Array<{ code: string, name: string, departmentName: string, type: string, audiences: Array<string>, visitsNeeded: number, fullyOnline: boolean, committedDays: number }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } }, mainHall: { name: string, phone: string, officeHours: string, address: string } };

export type ServiceItemPageQueryVariables = Exact<{
  code: string;
}>;


export type ServiceItemPageQuery = { serviceItem: { code: string, name: string, departmentName: string, type: string, visitsNeeded: number, fullyOnline: boolean, committedDays: number, statutoryDays: number, conditions: Array<string>, zone: string, window: string, phone: string, materials: Array<{ code: string, name: string, required: boolean }>, freshness: { syncedAt: string | null, stale: boolean, ageSeconds: number | null } } | null };

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
export const ServiceItemPageDocument = new TypedDocumentString(`
    query ServiceItemPage($code: String!) {
  serviceItem(code: $code) {
    code
    name
    departmentName
    type
    visitsNeeded
    fullyOnline
    committedDays
    statutoryDays
    conditions
    materials {
      code
      name
      required
    }
    zone
    window
    phone
    freshness {
      syncedAt
      stale
      ageSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceItemPageQuery, ServiceItemPageQueryVariables>;