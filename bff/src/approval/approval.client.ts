import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type IPolicy,
} from 'cockatiel';
import type { AppConfig } from '../config/app-config';
import { ApprovalBackendError } from './approval-backend.error';
import type { ApprovalPage } from './approval.types';

export type CircuitStatus = 'closed' | 'open' | 'half-open';

export interface CachedResponse<T> {
  data: T;
  /** True when the backend failed and this is the last good answer. */
  stale: boolean;
  fetchedAt: Date;
}

export interface ApprovalClientOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Attempts after the first one for transient failures. */
  retries: number;
  /** Consecutive failures that open the circuit. */
  breakerThreshold: number;
  /** How long the circuit stays open before one trial request. */
  halfOpenAfterMs: number;
  cacheEntries: number;
}

export const APPROVAL_CLIENT_OPTIONS = Symbol('APPROVAL_CLIENT_OPTIONS');

export function approvalClientOptions(config: AppConfig): ApprovalClientOptions {
  return {
    baseUrl: config.APPROVAL_BASE_URL,
    timeoutMs: config.APPROVAL_TIMEOUT_MS,
    retries: 2,
    breakerThreshold: 5,
    halfOpenAfterMs: 15_000,
    cacheEntries: 500,
  };
}

/**
 * The one way to the approval backend: every call has a time-out, transient failures are
 * retried with exponential backoff, repeated failures open a circuit breaker (so a dead backend
 * costs nothing per request), and `getCached` serves the last good answer while it is down.
 */
@Injectable()
export class ApprovalClient {
  private readonly logger = new Logger(ApprovalClient.name);
  private readonly policy: IPolicy;
  private readonly breaker;
  private readonly cache = new Map<string, { data: unknown; fetchedAt: Date }>();

  constructor(@Inject(APPROVAL_CLIENT_OPTIONS) private readonly options: ApprovalClientOptions) {
    const transient = handleWhen(
      (error) => error instanceof ApprovalBackendError && error.transient,
    );
    this.breaker = circuitBreaker(transient, {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breakerThreshold),
    });
    this.breaker.onStateChange((state) => {
      this.logger.warn({ circuit: describeState(state) }, 'approval backend circuit changed');
    });
    const retryPolicy = retry(transient, {
      maxAttempts: options.retries,
      backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 1000 }),
    });
    // Retry outside the breaker: the retry handles only ApprovalBackendError, so an open circuit
    // (BrokenCircuitError) fails at once instead of being retried. Each attempt has its own
    // time-out (in fetchOnce), which counts as a transient failure for both.
    this.policy = wrap(retryPolicy, this.breaker);
  }

  circuitStatus(): CircuitStatus {
    return describeState(this.breaker.state);
  }

  /** GET a JSON document from the backend through the resilience policy. */
  async getJson<T>(
    path: string,
    query: Record<string, string | number | undefined> = {},
  ): Promise<T> {
    const url = new URL(
      path.replace(/^\//, ''),
      this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`,
    );
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    try {
      return await this.policy.execute(({ signal }) => this.fetchOnce<T>(url, signal));
    } catch (error) {
      throw toBackendError(error);
    }
  }

  /**
   * GET with a cache: a copy younger than `maxAgeMs` is served without a call; when the backend
   * fails, the last good copy is served marked stale. Only when there is none does it throw.
   */
  async getCached<T>(
    path: string,
    query: Record<string, string | number | undefined>,
    maxAgeMs: number,
  ): Promise<CachedResponse<T>> {
    const key = `${path}?${JSON.stringify(query)}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.fetchedAt.getTime() < maxAgeMs) {
      return { data: cached.data as T, stale: false, fetchedAt: cached.fetchedAt };
    }
    try {
      const data = await this.getJson<T>(path, query);
      const fetchedAt = new Date();
      this.remember(key, data, fetchedAt);
      return { data, stale: false, fetchedAt };
    } catch (error) {
      if (cached) return { data: cached.data as T, stale: true, fetchedAt: cached.fetchedAt };
      throw error;
    }
  }

  /** One page of a catalogue resource, optionally only records changed since a time. */
  listPage<T>(
    resource: string,
    page: number,
    pageSize: number,
    changedSince?: string,
  ): Promise<ApprovalPage<T>> {
    return this.getJson<ApprovalPage<T>>(`/api/v1/${resource}`, { page, pageSize, changedSince });
  }

  private remember(key: string, data: unknown, fetchedAt: Date): void {
    this.cache.delete(key);
    this.cache.set(key, { data, fetchedAt });
    if (this.cache.size > this.options.cacheEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private async fetchOnce<T>(url: URL, signal: AbortSignal): Promise<T> {
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    const attemptSignal = AbortSignal.any([signal, deadline]);
    let status: number;
    let body: string;
    try {
      const response = await fetch(url, {
        signal: attemptSignal,
        headers: { accept: 'application/json' },
      });
      status = response.status;
      body = await response.text();
    } catch (error) {
      if (deadline.aborted) {
        throw new ApprovalBackendError(
          `timed out after ${this.options.timeoutMs} ms: ${url.pathname}`,
          'timeout',
        );
      }
      throw new ApprovalBackendError(
        `network error on ${url.pathname}: ${(error as Error).message}`,
        'network',
      );
    }
    if (status < 200 || status >= 300) {
      throw new ApprovalBackendError(`HTTP ${status} on ${url.pathname}`, 'http', status);
    }
    try {
      return JSON.parse(body) as T;
    } catch {
      throw new ApprovalBackendError(`invalid JSON on ${url.pathname}`, 'invalid-response');
    }
  }
}

function describeState(state: CircuitState): CircuitStatus {
  switch (state) {
    case CircuitState.Closed:
      return 'closed';
    case CircuitState.HalfOpen:
      return 'half-open';
    case CircuitState.Open:
    case CircuitState.Isolated:
      return 'open';
  }
}

function toBackendError(error: unknown): ApprovalBackendError {
  if (error instanceof ApprovalBackendError) return error;
  if (error instanceof BrokenCircuitError) {
    return new ApprovalBackendError(
      'circuit open: the approval backend failed repeatedly',
      'circuit-open',
    );
  }
  return new ApprovalBackendError((error as Error).message ?? String(error), 'network');
}
