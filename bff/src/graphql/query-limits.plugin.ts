import type { ApolloServerPlugin } from '@apollo/server';
import { ERROR_MESSAGES } from '@shizhong/domain';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** Depth of the deepest field selection of an operation, following fragments. */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        deepest = Math.max(
          deepest,
          depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name])),
        );
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
  }
  return deepest;
}

function rejection(
  code: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX',
  limit: number,
  actual: number,
): GraphQLError {
  return new GraphQLError(ERROR_MESSAGES[code], {
    extensions: { code, limit, actual, http: { status: 400 } },
  });
}

/**
 * Rejects operations nested deeper than `maxDepth` or costing more than `maxComplexity` before
 * anything runs. A field's cost is 1 unless it declares its own (`complexity` in @Field).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request, schema }) {
          const depth = operationDepth(document, request.operationName);
          if (depth > limits.maxDepth) throw rejection('QUERY_TOO_DEEP', limits.maxDepth, depth);
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Computing the cost coerces the variables first: a value of the wrong type or an
            // unknown enum value is the caller's mistake, not ours.
            throw new GraphQLError(ERROR_MESSAGES.BAD_USER_INPUT, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              originalError: error instanceof Error ? error : undefined,
            });
          }
          if (complexity > limits.maxComplexity) {
            throw rejection('QUERY_TOO_COMPLEX', limits.maxComplexity, complexity);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
