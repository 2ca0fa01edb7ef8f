import { startApprovalSim, type RunningApprovalSim } from './index';
import type { FaultSettings } from './types';
import { getJson, sendJson, type ErrorBody } from './test-utils/http';

describe('fault injection', () => {
  let sim: RunningApprovalSim;
  beforeAll(async () => {
    sim = await startApprovalSim({ port: 0 });
  });
  afterEach(() => {
    sim.resetFaults();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('answers 503 when down, admin unaffected', async () => {
    sim.setFaults({ down: true });
    const health = await getJson<ErrorBody>(`${sim.url}/health`);
    expect(health.status).toBe(503);
    expect(health.body.error.code).toBe('UNAVAILABLE');
    const items = await getJson<ErrorBody>(`${sim.url}/api/v1/service-items`);
    expect(items.status).toBe(503);
    const admin = await getJson<FaultSettings>(`${sim.url}/__admin/faults`);
    expect(admin.status).toBe(200);
    expect(admin.body.down).toBe(true);
  });

  it('answers 500 with errorRate 1 and never with errorRate 0', async () => {
    const put = await sendJson<FaultSettings>('PUT', `${sim.url}/__admin/faults`, { errorRate: 1 });
    expect(put.body).toEqual({ latencyMs: 0, errorRate: 1, down: false });
    for (let i = 0; i < 5; i += 1) {
      const res = await getJson<ErrorBody>(`${sim.url}/api/v1/themes`);
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe('INTERNAL');
    }
    const touch = await sendJson('POST', `${sim.url}/__admin/service-items/370103-XK-01001/touch`);
    expect(touch.status).toBe(200);
    await sendJson('PUT', `${sim.url}/__admin/faults`, { errorRate: 0 });
    const ok = await getJson(`${sim.url}/api/v1/themes`);
    expect(ok.status).toBe(200);
  });

  it('delays answers by latencyMs', async () => {
    sim.setFaults({ latencyMs: 300 });
    const started = Date.now();
    const res = await getJson(`${sim.url}/health`);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    const adminStarted = Date.now();
    await getJson(`${sim.url}/__admin/faults`);
    expect(Date.now() - adminStarted).toBeLessThan(250);
  });

  it('resets faults over HTTP', async () => {
    await sendJson('PUT', `${sim.url}/__admin/faults`, { down: true, latencyMs: 10 });
    expect((await getJson(`${sim.url}/health`)).status).toBe(503);
    const reset = await sendJson<FaultSettings>('POST', `${sim.url}/__admin/faults/reset`);
    expect(reset.body).toEqual({ latencyMs: 0, errorRate: 0, down: false });
    expect((await getJson(`${sim.url}/health`)).status).toBe(200);
  });

  it('rejects invalid fault settings', async () => {
    for (const body of [{ errorRate: 2 }, { latencyMs: -1 }, { down: 'yes' }, { other: 1 }]) {
      const res = await sendJson<ErrorBody>('PUT', `${sim.url}/__admin/faults`, body);
      expect(res.status).toBe(400);
    }
    expect(() => sim.setFaults({ errorRate: -0.5 })).toThrow();
  });

  it('accepts start-up faults', async () => {
    const down = await startApprovalSim({ port: 0, faults: { down: true } });
    try {
      expect((await getJson(`${down.url}/health`)).status).toBe(503);
      down.resetFaults();
      expect((await getJson(`${down.url}/health`)).status).toBe(200);
    } finally {
      await down.close();
    }
  });
});
