import { useAppWithSimulator } from '../support/app-with-simulator';
import { CatalogueSyncService } from '../../src/catalogue/catalogue-sync.service';
import { CatalogueService } from '../../src/catalogue/catalogue.service';
import { startTestApp } from '../support/test-app';

const HOT_ITEMS = /* GraphQL */ `
  query Hot($limit: Int!) {
    hotServiceItems(limit: $limit) {
      items {
        code
        name
        departmentName
        visitsNeeded
        fullyOnline
        committedDays
      }
      freshness {
        syncedAt
        stale
        ageSeconds
      }
    }
  }
`;
const ITEM = /* GraphQL */ `
  query Item($code: String!) {
    serviceItem(code: $code) {
      code
      name
      statutoryDays
      committedDays
      materials {
        code
        name
        required
      }
      zone
      window
      phone
    }
  }
`;

interface HotItems {
  hotServiceItems: {
    items: { code: string; name: string; committedDays: number }[];
    freshness: { syncedAt: string | null; stale: boolean; ageSeconds: number | null };
  };
}
interface Item {
  serviceItem: null | {
    code: string;
    name: string;
    statutoryDays: number;
    committedDays: number;
    materials: { code: string; name: string; required: boolean }[];
  };
}

describe('catalogue: synced from the approval backend, served from the cache', () => {
  const stack = useAppWithSimulator();

  it('serves hot items from the first sync, fresh', async () => {
    const body = await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 6 });
    expect(body.errors).toBeUndefined();
    const { items, freshness } = body.data!.hotServiceItems;
    expect(items).toHaveLength(6);
    expect(new Set(items.map((item) => item.code)).size).toBe(6);
    expect(items.every((item) => /[\u4e00-\u9fa5]/.test(item.name))).toBe(true);
    expect(freshness.stale).toBe(false);
    expect(freshness.syncedAt).not.toBeNull();
  });

  it('shows an item with its guide, and counts views into the hot ranking', async () => {
    const hot = (await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 20 })).data!.hotServiceItems
      .items;
    const rising = hot[hot.length - 1];
    for (let i = 0; i < 3; i += 1) {
      const body = await stack.app.graphql<Item>(ITEM, { code: rising.code });
      expect(body.data!.serviceItem).toMatchObject({ code: rising.code, name: rising.name });
      expect(body.data!.serviceItem!.materials.length).toBeGreaterThan(0);
      expect(body.data!.serviceItem!.committedDays).toBeLessThanOrEqual(
        body.data!.serviceItem!.statutoryDays,
      );
    }
    await stack.app.app.get(CatalogueService).flushViews();
    const after = (await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 1 })).data!.hotServiceItems
      .items;
    expect(after[0].code).toBe(rising.code);
  });

  it('answers null for an unknown item and a coded Chinese error for a malformed code', async () => {
    expect(
      (await stack.app.graphql<Item>(ITEM, { code: 'NO-SUCH-ITEM' })).data!.serviceItem,
    ).toBeNull();
    const bad = await stack.app.graphql<Item>(ITEM, { code: "x' OR 1=1 --" });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toBe('事项编码格式不正确');
  });

  it('picks up changes and withdrawals incrementally', async () => {
    const code = (await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 3 })).data!.hotServiceItems
      .items[2].code;
    await fetch(`${stack.sim.url}/__admin/service-items/${code}/touch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '食品经营许可（新版）' }),
    });
    const result = await stack.app.app.get(CatalogueSyncService).syncNow();
    expect(result).toMatchObject({ ok: true, changed: { 'service-item': 1 } });
    expect((await stack.app.graphql<Item>(ITEM, { code })).data!.serviceItem!.name).toBe(
      '食品经营许可（新版）',
    );

    await fetch(`${stack.sim.url}/__admin/service-items/${code}/withdraw`, { method: 'POST' });
    await stack.app.app.get(CatalogueSyncService).syncNow();
    expect((await stack.app.graphql<Item>(ITEM, { code })).data!.serviceItem).toBeNull();
  });

  it('keeps serving the last good copy, marked stale, while the backend is down — also after a restart', async () => {
    const before = (await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 6 })).data!
      .hotServiceItems.items;
    stack.sim.setFaults({ down: true });
    try {
      const result = await stack.app.app.get(CatalogueSyncService).syncNow();
      expect(result.ok).toBe(false);
      const during = (await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 6 })).data!
        .hotServiceItems;
      expect(during.items.map((item) => item.code)).toEqual(before.map((item) => item.code));
      expect(during.freshness.stale).toBe(true);
      expect(during.freshness.syncedAt).not.toBeNull();

      await stack.app.stop();
      stack.app = await startTestApp({
        database: stack.database,
        env: { APPROVAL_BASE_URL: stack.sim.url },
      });
      const restarted = (await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 6 })).data!
        .hotServiceItems;
      expect(restarted.items.map((item) => item.code)).toEqual(before.map((item) => item.code));
      expect(restarted.freshness.stale).toBe(true);
    } finally {
      stack.sim.resetFaults();
    }
    await stack.app.app.get(CatalogueSyncService).syncNow();
    expect(
      (await stack.app.graphql<HotItems>(HOT_ITEMS, { limit: 1 })).data!.hotServiceItems.freshness
        .stale,
    ).toBe(false);
  });
});
