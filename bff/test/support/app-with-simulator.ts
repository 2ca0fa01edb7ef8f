import { startApprovalSim, type RunningApprovalSim } from '@shizhong/approval-sim';
import { startTestApp, type TestApp } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface AppWithSimulator {
  sim: RunningApprovalSim;
  database: TestDatabase;
  /** Replace it to restart the app on the same database; the last one is stopped after all. */
  app: TestApp;
}

/**
 * For a describe block: before all its tests, the approval simulator on a random port, a fresh
 * database and the BFF synced from the simulator; after all, everything stopped and dropped.
 */
export function useAppWithSimulator(env: Record<string, string> = {}): AppWithSimulator {
  const stack = {} as AppWithSimulator;
  beforeAll(async () => {
    stack.sim = await startApprovalSim({ port: 0 });
    stack.database = await createTestDatabase();
    stack.app = await startTestApp({
      database: stack.database,
      env: { APPROVAL_BASE_URL: stack.sim.url, ...env },
    });
  });
  afterAll(async () => {
    await stack.app?.stop();
    await stack.database?.drop();
    await stack.sim?.close();
  });
  return stack;
}
