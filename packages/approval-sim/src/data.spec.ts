import { startApprovalSim, type RunningApprovalSim } from './index';
import type { MaterialDefinition, PagedResponse, ServiceItem, Theme } from './types';
import { buildSeedData } from './store';
import { getJson } from './test-utils/http';

describe('seed data invariants', () => {
  const data = buildSeedData();

  it('has the required volumes', () => {
    expect(data.departments.length).toBeGreaterThanOrEqual(20);
    expect(data.serviceItems.length).toBeGreaterThanOrEqual(300);
    expect(data.themes.length).toBeGreaterThanOrEqual(12);
    expect(data.cases.length).toBeGreaterThanOrEqual(30);
    expect(data.publicity.length).toBeGreaterThanOrEqual(50);
    expect(data.businessCategories.map((c) => c.code)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
    ]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSeedData())).toBe(JSON.stringify(data));
  });

  it('has unique codes and names', () => {
    const unique = <T>(xs: T[]): number => new Set(xs).size;
    expect(unique(data.departments.map((d) => d.code))).toBe(data.departments.length);
    expect(unique(data.serviceItems.map((i) => i.code))).toBe(data.serviceItems.length);
    expect(unique(data.serviceItems.map((i) => i.name))).toBe(data.serviceItems.length);
    expect(unique(data.themes.map((t) => t.code))).toBe(data.themes.length);
    expect(unique(data.cases.map((c) => c.caseNo))).toBe(data.cases.length);
    expect(unique(data.publicity.map((p) => p.id))).toBe(data.publicity.length);
    expect(unique(data.materials.map((m) => m.code))).toBe(data.materials.length);
  });

  it('gives every item a full guide', () => {
    const deptCodes = new Set(data.departments.map((d) => d.code));
    const materialCodes = new Set(data.materials.map((m) => m.code));
    for (const item of data.serviceItems) {
      expect(deptCodes.has(item.departmentCode)).toBe(true);
      expect(item.committedDays).toBeLessThanOrEqual(item.statutoryDays);
      expect(item.conditions.length).toBeGreaterThan(0);
      expect(item.legalBasis.length).toBeGreaterThan(0);
      expect(item.materials.length).toBeGreaterThan(0);
      expect(item.steps.length).toBeGreaterThanOrEqual(2);
      expect(item.results.length).toBeGreaterThan(0);
      expect(item.deliveryOptions.length).toBeGreaterThan(0);
      expect(item.faq.length).toBeGreaterThanOrEqual(2);
      expect(item.free).toBe(item.fees.length === 0);
      expect(item.visitsNeeded).toBe(item.online.fullyOnline ? 0 : 1);
      expect(item.name).not.toMatch(/事项\d/);
      for (const m of item.materials) {
        expect(materialCodes.has(m.code)).toBe(true);
        if (m.requirement === 'conditional') {
          expect(m.condition).toBeTruthy();
        }
      }
    }
    expect(data.serviceItems.filter((i) => i.committedDays === 0).length).toBeGreaterThan(50);
    expect(data.serviceItems.filter((i) => !i.free).length).toBeGreaterThan(0);
  });

  it('wires themes to existing items and merges materials', () => {
    const byCode = new Map(data.serviceItems.map((i) => [i.code, i]));
    for (const theme of data.themes) {
      expect(theme.itemCodes.length).toBeGreaterThanOrEqual(3);
      expect(theme.itemCodes.length).toBeLessThanOrEqual(8);
      expect(theme.flow.flatMap((s) => s.itemCodes)).toEqual(theme.itemCodes);
      for (const code of theme.itemCodes) {
        expect(byCode.has(code)).toBe(true);
      }
    }
    const restaurant = data.themes.find((t) => t.name === '我要开饭店');
    expect(restaurant).toBeDefined();
    const items = (restaurant as Theme).itemCodes.map((c) => byCode.get(c) as ServiceItem);
    const total = items.reduce((n, i) => n + i.materials.length, 0);
    const distinct = new Set(items.flatMap((i) => i.materials.map((m) => m.code))).size;
    expect(total).toBe(29);
    expect(distinct).toBe(9);
    const itemDays = items.reduce((n, i) => n + i.committedDays, 0);
    expect(itemDays).toBe(35);
    expect((restaurant as Theme).committedDays).toBe(15);
  });
});

describe('catalogue endpoints', () => {
  let sim: RunningApprovalSim;
  beforeAll(async () => {
    sim = await startApprovalSim({ port: 0 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('serves health', async () => {
    const res = await getJson<{ status: string }>(`${sim.url}/health`);
    expect(res).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('lists departments, themes, materials and categories', async () => {
    const depts = await getJson<PagedResponse<{ code: string }>>(`${sim.url}/api/v1/departments`);
    expect(depts.status).toBe(200);
    expect(depts.body.total).toBeGreaterThanOrEqual(20);
    expect(depts.body.page).toBe(1);
    expect(depts.body.pageSize).toBe(50);
    expect(Number.isNaN(Date.parse(depts.body.serverTime))).toBe(false);

    const themes = await getJson<PagedResponse<Theme>>(`${sim.url}/api/v1/themes?pageSize=200`);
    expect(themes.body.items.map((t) => t.name)).toEqual(
      expect.arrayContaining(['我要开饭店', '我要开超市', '我要开诊所', '新生儿出生', '退休']),
    );
    const theme = await getJson<Theme>(`${sim.url}/api/v1/themes/YJS-KFD`);
    expect(theme.body.name).toBe('我要开饭店');

    const materials = await getJson<PagedResponse<MaterialDefinition>>(
      `${sim.url}/api/v1/materials?pageSize=200`,
    );
    expect(materials.body.items.find((m) => m.code === 'M001')?.name).toBe('营业执照');

    const cats = await getJson<PagedResponse<{ code: string }>>(
      `${sim.url}/api/v1/business-categories`,
    );
    expect(cats.body.total).toBe(8);
  });

  it('returns one service item with its guide', async () => {
    const list = await getJson<PagedResponse<ServiceItem>>(
      `${sim.url}/api/v1/service-items?keyword=${encodeURIComponent('食品经营许可证核发')}`,
    );
    expect(list.body.total).toBe(1);
    const code = list.body.items[0].code;
    const item = await getJson<ServiceItem>(`${sim.url}/api/v1/service-items/${code}`);
    expect(item.status).toBe(200);
    expect(item.body.materials.map((m) => m.code)).toContain('M004');
    expect(item.body.departmentName).toBe('济南市市中区行政审批服务局');
  });

  it('answers 404 with an error body', async () => {
    for (const path of [
      '/api/v1/service-items/NOPE',
      '/api/v1/themes/NOPE',
      '/api/v1/cases/000',
      '/api/v1/nothing',
      '/nowhere',
    ]) {
      const res = await getJson<{ error: { code: string } }>(`${sim.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('serves publicity newest first with keyword search', async () => {
    const res = await getJson<PagedResponse<{ decidedAt: string; applicant: string }>>(
      `${sim.url}/api/v1/publicity?pageSize=100`,
    );
    expect(res.body.total).toBeGreaterThanOrEqual(50);
    const times = res.body.items.map((p) => Date.parse(p.decidedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const search = await getJson<PagedResponse<{ applicant: string; itemName: string }>>(
      `${sim.url}/api/v1/publicity?keyword=${encodeURIComponent('大药房')}`,
    );
    expect(search.body.total).toBeGreaterThan(0);
    expect(search.body.items.every((p) => p.applicant.includes('大药房'))).toBe(true);
  });
});
