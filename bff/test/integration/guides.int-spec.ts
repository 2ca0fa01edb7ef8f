import { useAppWithSimulator } from '../support/app-with-simulator';
import { buildSeedData } from '@shizhong/approval-sim';

const ITEM_GUIDE = /* GraphQL */ `
  query Guide($code: String!) {
    serviceItem(code: $code) {
      code
      name
      departmentName
      type
      audiences
      topics
      lifeEvents
      conditions
      legalBasis
      materials {
        code
        name
        required
        condition
        forms {
          original
          copy
          electronic
        }
        originalCopies
        copyCopies
        source
        blankFormUrl
        sampleUrl
        notes
      }
      steps {
        name
        description
        actor
      }
      statutoryDays
      committedDays
      fees {
        name
        amount
        unit
        basis
      }
      free
      visitsNeeded
      fullyOnline
      preReview
      onlineUrl
      zone
      window
      officeHours
      phone
      faq {
        question
        answer
      }
      results {
        name
        kind
      }
      deliveryOptions
      businessCategory
      themes {
        code
        name
        description
        itemCount
        committedDays
      }
      freshness {
        stale
      }
    }
  }
`;
const BROWSE = /* GraphQL */ `
  query Browse($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {
    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {
      items {
        code
        name
        departmentName
        audiences
      }
      totalCount
      hasMore
      nextOffset
      freshness {
        stale
        syncedAt
      }
    }
  }
`;
const DEPARTMENTS = /* GraphQL */ `
  {
    departments {
      code
      name
      shortName
      phone
      itemCount
    }
  }
`;
const FACETS = /* GraphQL */ `
  {
    catalogueFacets {
      topics {
        name
        count
      }
      lifeEvents {
        name
        count
      }
    }
  }
`;

interface ItemSummary {
  code: string;
  name: string;
  departmentName: string;
  audiences: string[];
}
interface Browse {
  browseServiceItems: {
    items: ItemSummary[];
    totalCount: number;
    hasMore: boolean;
    nextOffset: number | null;
    freshness: { stale: boolean; syncedAt: string | null };
  };
}
interface Departments {
  departments: {
    code: string;
    name: string;
    shortName: string;
    phone: string;
    itemCount: number;
  }[];
}
interface Facets {
  catalogueFacets: {
    topics: { name: string; count: number }[];
    lifeEvents: { name: string; count: number }[];
  };
}
type Guide = { serviceItem: Record<string, unknown> | null };

const seed = buildSeedData();
const FOOD_LICENCE = '370103-XK-01012';

describe('guides: the whole item guide and browsing the catalogue', () => {
  const stack = useAppWithSimulator();

  async function browse(
    filter: Record<string, string> | null,
    offset = 0,
    limit = 50,
  ): Promise<Browse['browseServiceItems']> {
    const body = await stack.app.graphql<Browse>(BROWSE, { filter, offset, limit });
    expect(body.errors).toBeUndefined();
    return body.data!.browseServiceItems;
  }

  async function browseAll(filter: Record<string, string> | null): Promise<ItemSummary[]> {
    const all: ItemSummary[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page = await browse(filter, offset, 50);
      all.push(...page.items);
      offset = page.nextOffset;
    }
    return all;
  }

  it('shows the whole guide of an item, as the approval backend has it', async () => {
    const body = await stack.app.graphql<Guide>(ITEM_GUIDE, { code: FOOD_LICENCE });
    expect(body.errors).toBeUndefined();
    const source = seed.serviceItems.find((item) => item.code === FOOD_LICENCE)!;
    const guide = body.data!.serviceItem!;
    expect(guide).toMatchObject({
      code: source.code,
      name: '食品经营许可证核发',
      departmentName: source.departmentName,
      type: source.type,
      audiences: source.audiences,
      topics: source.topics,
      lifeEvents: source.lifeEvents,
      conditions: source.conditions,
      legalBasis: source.legalBasis,
      steps: source.steps,
      statutoryDays: source.statutoryDays,
      committedDays: source.committedDays,
      fees: source.fees,
      free: source.free,
      visitsNeeded: source.visitsNeeded,
      fullyOnline: source.online.fullyOnline,
      preReview: source.online.preReview,
      onlineUrl: source.online.url ?? null,
      zone: source.zone,
      window: source.window,
      officeHours: source.officeHours,
      phone: source.phone,
      faq: source.faq,
      results: source.results,
      deliveryOptions: source.deliveryOptions,
      businessCategory: source.businessCategory,
      freshness: { stale: false },
    });
    expect(guide.materials).toEqual(
      source.materials.map((material) => ({
        code: material.code,
        name: material.name,
        required: material.requirement === 'required',
        condition: material.requirement === 'conditional' ? material.condition : null,
        forms: material.forms,
        originalCopies: material.copies.original,
        copyCopies: material.copies.copy,
        source: material.source,
        blankFormUrl: material.blankFormUrl ?? null,
        sampleUrl: material.sampleUrl ?? null,
        notes: material.notes ?? null,
      })),
    );
    const application = (guide.materials as { code: string; blankFormUrl: string | null }[])[0];
    expect(application).toMatchObject({
      code: 'M000',
      blankFormUrl: expect.stringMatching(/^\/forms\//),
    });
    const proxy = (
      guide.materials as { code: string; condition: string | null; required: boolean }[]
    ).find((material) => material.code === 'M008');
    expect(proxy).toMatchObject({ required: false, condition: '委托他人代为办理的' });
    const themeCodes = (guide.themes as { code: string; name: string; itemCount: number }[]).map(
      (theme) => theme.code,
    );
    expect(themeCodes).toEqual(
      seed.themes
        .filter((theme) => theme.itemCodes.includes(FOOD_LICENCE))
        .map((theme) => theme.code)
        .sort(),
    );
    expect(themeCodes).toContain('YJS-KFD');
  });

  it('lists the departments with their item counts', async () => {
    const body = await stack.app.graphql<Departments>(DEPARTMENTS);
    expect(body.errors).toBeUndefined();
    const departments = body.data!.departments;
    expect(departments).toHaveLength(seed.departments.length);
    const approvalBureau = departments.find((department) => department.code === 'SZ-SPJ')!;
    expect(approvalBureau).toMatchObject({
      name: '济南市市中区行政审批服务局',
      itemCount: seed.serviceItems.filter((item) => item.departmentCode === 'SZ-SPJ').length,
    });
    expect(departments.reduce((sum, department) => sum + department.itemCount, 0)).toBe(
      seed.serviceItems.length,
    );
  });

  it('offers topics and life events to browse by, most items first', async () => {
    const body = await stack.app.graphql<Facets>(FACETS);
    expect(body.errors).toBeUndefined();
    const { topics, lifeEvents } = body.data!.catalogueFacets;
    expect(lifeEvents[0]).toEqual({
      name: '开办企业',
      count: seed.serviceItems.filter((item) => item.lifeEvents.includes('开办企业')).length,
    });
    const counts = topics.map((topic) => topic.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(topics.find((topic) => topic.name === '餐饮')?.count).toBe(
      seed.serviceItems.filter((item) => item.topics.includes('餐饮')).length,
    );
  });

  it('browses by department, page by page, sorted by name', async () => {
    const expected = seed.serviceItems.filter((item) => item.departmentCode === 'SZ-SPJ');
    const first = await browse({ departmentCode: 'SZ-SPJ' }, 0, 10);
    expect(first).toMatchObject({ totalCount: expected.length, hasMore: true, nextOffset: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.freshness.stale).toBe(false);
    const all = await browseAll({ departmentCode: 'SZ-SPJ' });
    expect(all.map((item) => item.code).sort()).toEqual(expected.map((item) => item.code).sort());
    const names = all.map((item) => item.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    expect(all.slice(0, 10)).toEqual(first.items);
  });

  it('browses by audience, topic and life event, together or alone', async () => {
    const companies = await browse({ audience: 'LEGAL_PERSON' }, 0, 1);
    expect(companies.totalCount).toBe(
      seed.serviceItems.filter((item) => item.audiences.includes('法人')).length,
    );
    const people = await browseAll({ audience: 'INDIVIDUAL' });
    expect(people.every((item) => item.audiences.includes('个人'))).toBe(true);

    const food = await browseAll({ topic: '餐饮' });
    expect(food.map((item) => item.code).sort()).toEqual(
      seed.serviceItems
        .filter((item) => item.topics.includes('餐饮'))
        .map((item) => item.code)
        .sort(),
    );
    const starting = await browseAll({ lifeEvent: '开办企业', audience: 'LEGAL_PERSON' });
    expect(starting.map((item) => item.code).sort()).toEqual(
      seed.serviceItems
        .filter((item) => item.lifeEvents.includes('开办企业') && item.audiences.includes('法人'))
        .map((item) => item.code)
        .sort(),
    );
    const departmentsInOrder = (await browseAll(null)).map((item) => item.departmentName);
    expect(departmentsInOrder).toEqual(
      [...departmentsInOrder].sort(new Intl.Collator('zh-CN').compare),
    );
    expect(departmentsInOrder).toHaveLength(seed.serviceItems.length);
  });

  it('answers an empty page past the end, and nothing for a tag no item has', async () => {
    expect(await browse({ departmentCode: 'SZ-SPJ' }, 5000, 20)).toMatchObject({
      items: [],
      hasMore: false,
      nextOffset: null,
    });
    expect(await browse({ topic: '没有这个主题' })).toMatchObject({ items: [], totalCount: 0 });
    expect(await browse({ departmentCode: 'NO-SUCH-DEPT' })).toMatchObject({ totalCount: 0 });
  });

  it.each([
    [{ limit: 0 }, '数量至少为 1'],
    [{ limit: 51 }, '每页最多显示 50 个事项'],
    [{ offset: -1 }, '起始位置不能小于 0'],
    [{ filter: { departmentCode: "x' OR 1=1 --" } }, '部门编码格式不正确'],
    [{ filter: { topic: 'a'.repeat(21) } }, '主题过长'],
    [{ filter: { lifeEvent: '开办\u0000企业' } }, '人生事件格式不正确'],
  ])('rejects bad browse input %j with a Chinese message', async (variables, message) => {
    const body = await stack.app.graphql<Browse>(BROWSE, { offset: 0, limit: 20, ...variables });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toBe(message);
  });

  it('rejects an audience that is not 个人 or 法人', async () => {
    const body = await stack.app.graphql<Browse>(
      '{ browseServiceItems(filter: { audience: ALIENS }) { totalCount } }',
    );
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps serving guides and browsing while the approval backend is down', async () => {
    stack.sim.setFaults({ down: true });
    try {
      const guide = await stack.app.graphql<Guide>(ITEM_GUIDE, { code: FOOD_LICENCE });
      expect(guide.data!.serviceItem).toMatchObject({
        code: FOOD_LICENCE,
        name: '食品经营许可证核发',
      });
      expect((await stack.app.graphql<Departments>(DEPARTMENTS)).data!.departments).toHaveLength(
        seed.departments.length,
      );
      expect(
        (await stack.app.graphql<Facets>(FACETS)).data!.catalogueFacets.topics.length,
      ).toBeGreaterThan(0);
      expect((await browse({ departmentCode: 'SZ-SPJ' }, 0, 5)).items).toHaveLength(5);
    } finally {
      stack.sim.resetFaults();
    }
  });
});
