export type ApprovalFailureKind =
  'timeout' | 'network' | 'http' | 'circuit-open' | 'invalid-response';

/** The approval backend could not answer; `kind` says why. Never shown to users as is. */
export class ApprovalBackendError extends Error {
  override readonly name = 'ApprovalBackendError';

  constructor(
    message: string,
    readonly kind: ApprovalFailureKind,
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again: network trouble, time-outs, 5xx and 429 — not 4xx, not an open circuit. */
  get transient(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network') return true;
    if (this.kind === 'http')
      return this.status === undefined || this.status >= 500 || this.status === 429;
    return false;
  }
}
