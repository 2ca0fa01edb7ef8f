import { Logger } from '@nestjs/common';
import { startApprovalSim, type RunningApprovalSim } from '@shizhong/approval-sim';
import { ApprovalBackendError } from '../../src/approval/approval-backend.error';
import { ApprovalClient, type ApprovalClientOptions } from '../../src/approval/approval.client';

/** The approval client against the real simulator over HTTP, with its faults switched on. */
describe('ApprovalClient', () => {
  let sim: RunningApprovalSim;
  const options = (overrides: Partial<ApprovalClientOptions> = {}): ApprovalClientOptions => ({
    baseUrl: sim.url,
    timeoutMs: 300,
    retries: 2,
    breakerThreshold: 3,
    halfOpenAfterMs: 60_000,
    cacheEntries: 10,
    ...overrides,
  });

  beforeAll(async () => {
    Logger.overrideLogger(false);
    sim = await startApprovalSim({ port: 0 });
  });
  afterEach(() => sim.resetFaults());
  afterAll(async () => {
    await sim.close();
  });

  it('reads a page of the catalogue', async () => {
    const client = new ApprovalClient(options());
    const page = await client.listPage<{ code: string }>('service-items', 1, 5);
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThanOrEqual(300);
  });

  it('gives up after its time-out on a slow backend, as a timeout', async () => {
    sim.setFaults({ latencyMs: 1000 });
    const client = new ApprovalClient(options({ retries: 0 }));
    await expect(client.getJson('/api/v1/departments')).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('retries transient failures and succeeds when the backend recovers', async () => {
    sim.setFaults({ errorRate: 1 });
    const client = new ApprovalClient(options({ retries: 5, breakerThreshold: 50 }));
    const pending = client.getJson<{ items: unknown[] }>('/api/v1/departments');
    setTimeout(() => sim.resetFaults(), 150);
    const result = await pending;
    expect(result.items.length).toBeGreaterThanOrEqual(20);
  });

  it('does not retry a 4xx answer', async () => {
    const client = new ApprovalClient(options());
    await expect(client.getJson('/api/v1/service-items/NO-SUCH')).rejects.toMatchObject({
      kind: 'http',
      status: 404,
    });
    expect(client.circuitStatus()).toBe('closed');
  });

  it('opens the circuit after repeated failures and then fails at once without calling', async () => {
    sim.setFaults({ down: true });
    const client = new ApprovalClient(options({ retries: 0, breakerThreshold: 3 }));
    for (let i = 0; i < 3; i += 1) {
      await expect(client.getJson('/health')).rejects.toBeInstanceOf(ApprovalBackendError);
    }
    expect(client.circuitStatus()).toBe('open');
    sim.resetFaults();
    await expect(client.getJson('/health')).rejects.toMatchObject({ kind: 'circuit-open' });
  });

  it('serves the last good answer, marked stale, while the backend is down', async () => {
    const client = new ApprovalClient(options({ retries: 0 }));
    const fresh = await client.getCached<{ items: { code: string }[] }>(
      '/api/v1/departments',
      {},
      0,
    );
    expect(fresh.stale).toBe(false);
    sim.setFaults({ down: true });
    const stale = await client.getCached<{ items: { code: string }[] }>(
      '/api/v1/departments',
      {},
      0,
    );
    expect(stale.stale).toBe(true);
    expect(stale.data.items.map((d) => d.code)).toEqual(fresh.data.items.map((d) => d.code));
    await expect(client.getCached('/api/v1/themes', {}, 0)).rejects.toBeInstanceOf(
      ApprovalBackendError,
    );
  });

  it('serves a young cached copy without calling the backend', async () => {
    const client = new ApprovalClient(options());
    await client.getCached('/api/v1/departments', {}, 60_000);
    sim.setFaults({ down: true });
    const cached = await client.getCached('/api/v1/departments', {}, 60_000);
    expect(cached.stale).toBe(false);
  });
});
