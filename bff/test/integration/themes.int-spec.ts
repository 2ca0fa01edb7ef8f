import { useAppWithSimulator } from '../support/app-with-simulator';
import { buildSeedData } from '@shizhong/approval-sim';
import { mergeThemeMaterials, themeSaving } from '@shizhong/domain';

const THEMES = /* GraphQL */ `
  {
    themes {
      code
      name
      description
      itemCount
      committedDays
    }
  }
`;
const THEME = /* GraphQL */ `
  query Theme($code: String!) {
    theme(code: $code) {
      code
      name
      description
      items {
        code
        name
        committedDays
      }
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
        usedBy {
          code
          name
        }
      }
      flow {
        stage
        parallel
        items {
          code
          name
        }
      }
      committedDays
      saving {
        materialsBefore
        materialsAfter
        stepsBefore
        stepsAfter
        daysBefore
        daysAfter
      }
      zone
      window
      freshness {
        stale
      }
    }
  }
`;

interface MergedMaterial {
  code: string;
  name: string;
  required: boolean;
  condition: string | null;
  usedBy: { code: string; name: string }[];
}
interface ThemeDetail {
  code: string;
  name: string;
  items: { code: string; name: string; committedDays: number }[];
  materials: MergedMaterial[];
  flow: { stage: string; parallel: boolean; items: { code: string; name: string }[] }[];
  committedDays: number;
  saving: Record<string, number>;
  zone: string;
  window: string;
}
type Theme = { theme: ThemeDetail | null };
type Themes = {
  themes: { code: string; name: string; itemCount: number; committedDays: number }[];
};

const seed = buildSeedData();

describe('一件事 themes: one merged material list, one flow, the saving computed', () => {
  const stack = useAppWithSimulator();

  async function theme(code: string): Promise<ThemeDetail | null> {
    const body = await stack.app.graphql<Theme>(THEME, { code });
    expect(body.errors).toBeUndefined();
    return body.data!.theme;
  }

  it('lists every theme', async () => {
    const body = await stack.app.graphql<Themes>(THEMES);
    expect(body.errors).toBeUndefined();
    expect(body.data!.themes).toHaveLength(seed.themes.length);
    expect(body.data!.themes.find((summary) => summary.code === 'YJS-KFD')).toMatchObject({
      name: '我要开饭店',
      itemCount: 5,
      committedDays: 15,
    });
  });

  it('merges 我要开饭店 from 29 materials to 9 and from 35 days to 15, computed from the data', async () => {
    const kfd = (await theme('YJS-KFD'))!;
    expect(kfd.name).toBe('我要开饭店');
    expect(kfd.items.map((item) => item.name)).toEqual([
      '个体工商户设立登记',
      '食品经营许可证核发',
      '公众聚集场所投入使用、营业前消防安全检查',
      '户外招牌设置许可',
      '城镇污水排入排水管网许可',
    ]);
    expect(kfd.materials).toHaveLength(9);
    expect(new Set(kfd.materials.map((material) => material.code)).size).toBe(9);
    expect(kfd.saving).toMatchObject({
      materialsBefore: 29,
      materialsAfter: 9,
      daysBefore: 35,
      daysAfter: 15,
      stepsAfter: 2,
    });

    const source = seed.themes.find((candidate) => candidate.code === 'YJS-KFD')!;
    const sourceItems = source.itemCodes.map((code) =>
      seed.serviceItems.find((item) => item.code === code)!,
    );
    const merged = mergeThemeMaterials(sourceItems);
    expect(kfd.saving).toEqual(themeSaving(sourceItems, merged, source));
    expect(kfd.saving.stepsBefore).toBe(
      sourceItems.reduce((sum, item) => sum + item.steps.length, 0),
    );
  });

  it('says which items use each merged material (用于), in the theme order', async () => {
    const kfd = (await theme('YJS-KFD'))!;
    const itemOrder = kfd.items.map((item) => item.code);
    const application = kfd.materials.find((material) => material.code === 'M000')!;
    expect(application.usedBy.map((ref) => ref.code)).toEqual(itemOrder);
    expect(application.required).toBe(true);
    const foodRules = kfd.materials.find((material) => material.code === 'M004')!;
    expect(foodRules.usedBy).toEqual([{ code: '370103-XK-01012', name: '食品经营许可证核发' }]);
    for (const material of kfd.materials) {
      const positions = material.usedBy.map((ref) => itemOrder.indexOf(ref.code));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    const proxy = kfd.materials.find((material) => material.code === 'M008')!;
    expect(proxy).toMatchObject({ required: false, condition: '委托他人代为办理的' });
    expect(proxy.usedBy).toHaveLength(4);
  });

  it('shows one flow: registration first, then the approvals in parallel', async () => {
    const kfd = (await theme('YJS-KFD'))!;
    expect(kfd.flow.map((stage) => [stage.stage, stage.parallel, stage.items.length])).toEqual([
      ['主体登记', false, 1],
      ['并联审批', true, 4],
    ]);
    expect(kfd.flow[0].items[0].name).toBe('个体工商户设立登记');
    expect(kfd).toMatchObject({ committedDays: 15, zone: '开办企业专区' });
  });

  it('shortens every theme: fewer materials than its items listed together', async () => {
    for (const summary of seed.themes) {
      const detail = (await theme(summary.code))!;
      expect(detail.saving.materialsAfter).toBeLessThan(detail.saving.materialsBefore);
      expect(detail.saving.materialsAfter).toBe(detail.materials.length);
    }
  });

  it('answers null for an unknown theme and a coded Chinese error for a malformed code', async () => {
    expect(await theme('YJS-NOPE')).toBeNull();
    const bad = await stack.app.graphql<Theme>(THEME, { code: '<script>' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toBe('主题编码格式不正确');
  });

  it('keeps serving themes while the approval backend is down', async () => {
    stack.sim.setFaults({ down: true });
    try {
      expect((await stack.app.graphql<Themes>(THEMES)).data!.themes).toHaveLength(
        seed.themes.length,
      );
      const kfd = (await theme('YJS-KFD'))!;
      expect(kfd.saving).toMatchObject({ materialsBefore: 29, materialsAfter: 9 });
    } finally {
      stack.sim.resetFaults();
    }
  });
});
