import { startApprovalSim, type RunningApprovalSim } from './index';
import type { Case, PagedResponse, ServiceItem } from './types';
import { getJson, sendJson, type ErrorBody } from './test-utils/http';

type Page = PagedResponse<ServiceItem>;

describe('paging and incremental sync', () => {
  let sim: RunningApprovalSim;
  beforeAll(async () => {
    sim = await startApprovalSim({ port: 0 });
  });
  afterAll(async () => {
    await sim.close();
  });

  async function allPages(query: string, pageSize: number): Promise<ServiceItem[]> {
    const out: ServiceItem[] = [];
    for (let page = 1; ; page += 1) {
      const res = await getJson<Page>(
        `${sim.url}/api/v1/service-items?page=${page}&pageSize=${pageSize}${query}`,
      );
      expect(res.status).toBe(200);
      out.push(...res.body.items);
      if (page * pageSize >= res.body.total) {
        expect(out.length).toBe(res.body.total);
        return out;
      }
    }
  }

  it('pages over all items, each exactly once', async () => {
    const items = await allPages('', 37);
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    const sinceEpoch = await allPages(
      `&changedSince=${encodeURIComponent('2000-01-01T00:00:00Z')}`,
      200,
    );
    expect(sinceEpoch.map((i) => i.code).sort()).toEqual(items.map((i) => i.code).sort());
    const times = sinceEpoch.map((i) => Date.parse(i.updatedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('rejects bad paging parameters with 400', async () => {
    for (const query of [
      'page=0',
      'page=-1',
      'page=abc',
      'pageSize=0',
      'pageSize=201',
      'pageSize=1.5',
      'changedSince=yesterday',
    ]) {
      const res = await getJson<ErrorBody>(`${sim.url}/api/v1/service-items?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('BAD_REQUEST');
    }
    const publicity = await getJson<ErrorBody>(`${sim.url}/api/v1/publicity?pageSize=500`);
    expect(publicity.status).toBe(400);
  });

  it('reports touched and withdrawn items on a changedSince query', async () => {
    const first = await getJson<Page>(`${sim.url}/api/v1/service-items?pageSize=200`);
    const cursor = first.body.items.reduce(
      (max, i) => (i.updatedAt > max ? i.updatedAt : max),
      first.body.serverTime,
    );
    const nothing = await getJson<Page>(
      `${sim.url}/api/v1/service-items?changedSince=${encodeURIComponent(cursor)}`,
    );
    expect(nothing.body.total).toBe(0);

    const [a, b] = first.body.items;
    const touched = await sendJson<ServiceItem>(
      'POST',
      `${sim.url}/__admin/service-items/${a.code}/touch`,
      { name: `${a.name}（新版）` },
    );
    expect(touched.status).toBe(200);
    expect(touched.body.version).toBe(a.version + 1);
    const withdrawn = await sendJson<ServiceItem>(
      'POST',
      `${sim.url}/__admin/service-items/${b.code}/withdraw`,
    );
    expect(withdrawn.body.status).toBe('withdrawn');

    const changed = await getJson<Page>(
      `${sim.url}/api/v1/service-items?changedSince=${encodeURIComponent(cursor)}`,
    );
    expect(changed.body.items.map((i) => i.code)).toEqual([a.code, b.code]);
    expect(changed.body.items[0].name).toBe(`${a.name}（新版）`);
    expect(changed.body.items[1].status).toBe('withdrawn');

    const active = await getJson<Page>(`${sim.url}/api/v1/service-items?pageSize=200`);
    expect(active.body.total).toBe(first.body.total - 1);

    const missing = await sendJson<ErrorBody>(
      'POST',
      `${sim.url}/__admin/service-items/NOPE/touch`,
    );
    expect(missing.status).toBe(404);
  });
});

describe('cases', () => {
  let sim: RunningApprovalSim;
  const clock = (): Date => new Date('2026-11-20T10:00:00+08:00');
  beforeAll(async () => {
    sim = await startApprovalSim({ port: 0, clock });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('looks a case up by number and checks the phone', async () => {
    const { buildSeedData } = await import('./store');
    const cases = buildSeedData().cases;
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const sample = cases[3];
    const ok = await getJson<Case>(
      `${sim.url}/api/v1/cases/${sample.caseNo}?phoneLast4=${sample.phoneLast4}`,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.itemName).toBe(sample.itemName);
    expect(ok.body.applicantName).toMatch(/^.\*\*$/);
    expect(ok.body.timeline[0].stage).toBe('申报');
    const wrongPhone = sample.phoneLast4 === '0000' ? '1111' : '0000';
    const denied = await getJson<ErrorBody>(
      `${sim.url}/api/v1/cases/${sample.caseNo}?phoneLast4=${wrongPhone}`,
    );
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');

    const all = await Promise.all(
      cases.map(async (c) => (await getJson<Case>(`${sim.url}/api/v1/cases/${c.caseNo}`)).body),
    );
    const overdue = all.filter((c) => c.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(all.filter((c) => !c.overdue && c.status === '审查中').length).toBeGreaterThan(0);
    expect(new Set(all.map((c) => c.status)).size).toBeGreaterThanOrEqual(5);
  });
});
