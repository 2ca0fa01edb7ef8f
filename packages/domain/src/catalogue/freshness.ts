export interface CatalogueFreshness {
  /** When the catalogue was last synced successfully; null before the first sync. */
  syncedAt: Date | null;
  /** True when the newest sync attempt failed, so the data may be out of date. */
  stale: boolean;
  /** Whole seconds since the last successful sync; null before the first sync. */
  ageSeconds: number | null;
}

/**
 * How fresh the cached catalogue is. A catalogue is stale when the newest sync attempt failed
 * or when the last success is older than `maxAgeSeconds` (the sync is overdue).
 */
export function catalogueFreshness(
  lastSuccessAt: Date | null,
  lastAttemptFailed: boolean,
  now: Date,
  maxAgeSeconds: number,
): CatalogueFreshness {
  if (!lastSuccessAt) return { syncedAt: null, stale: true, ageSeconds: null };
  const ageSeconds = Math.max(0, Math.floor((now.getTime() - lastSuccessAt.getTime()) / 1000));
  return {
    syncedAt: lastSuccessAt,
    stale: lastAttemptFailed || ageSeconds > maxAgeSeconds,
    ageSeconds,
  };
}
