import { useAppWithSimulator } from '../support/app-with-simulator';
import { CatalogueService } from '../../src/catalogue/catalogue.service';
import { CatalogueSyncService } from '../../src/catalogue/catalogue-sync.service';
import { SearchLogService } from '../../src/search/search-log.service';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $limit: Int) {
    searchCatalogue(query: $query, limit: $limit) {
      query
      hits {
        kind
        code
        name
        departmentName
        match
      }
      totalCount
      hotFallback
      freshness {
        syncedAt
        stale
      }
    }
  }
`;
const SUGGEST = /* GraphQL */ `
  query Suggest($prefix: String!, $limit: Int) {
    searchSuggestions(prefix: $prefix, limit: $limit) {
      text
      kind
      code
    }
  }
`;
const HOT = /* GraphQL */ `
  query Hot {
    hotServiceItems(limit: 3) {
      items {
        code
      }
    }
  }
`;

interface Hit {
  kind: 'ITEM' | 'THEME';
  code: string;
  name: string;
  departmentName: string | null;
  match: string;
}
interface Search {
  searchCatalogue: {
    query: string;
    hits: Hit[];
    totalCount: number;
    hotFallback: boolean;
    freshness: { syncedAt: string | null; stale: boolean };
  };
}
interface Suggest {
  searchSuggestions: { text: string; kind: string; code: string }[];
}

describe('search: items and 一件事 themes, from memory', () => {
  const stack = useAppWithSimulator();

  const search = async (query: string, limit?: number) => {
    const body = await stack.app.graphql<Search>(SEARCH, { query, limit });
    expect(body.errors).toBeUndefined();
    return body.data!.searchCatalogue;
  };
  const names = async (query: string) => (await search(query)).hits.map((hit) => hit.name);
  const errorCode = async (query: string, limit?: number) => {
    const body = await stack.app.graphql<Search>(SEARCH, { query, limit });
    return body.errors?.[0]?.extensions?.code;
  };

  it.each(['kfd', 'kaifandian', 'kai fan dian', 'KFD', 'ｋｆｄ', '我要开饭店'])(
    '%s finds the theme 我要开饭店 first',
    async (query) => {
      const result = await search(query);
      expect(result.hits[0]).toMatchObject({
        kind: 'THEME',
        name: '我要开饭店',
        departmentName: null,
      });
      expect(result.hotFallback).toBe(false);
    },
  );

  it('says how the first hit matched', async () => {
    expect((await search('kaifandian')).hits[0].match).toBe('PINYIN');
    expect((await search('kfd')).hits[0].match).toBe('INITIALS');
    expect((await search('我要开饭店')).hits[0].match).toBe('NAME');
  });

  it('finds items by a synonym from the table', async () => {
    const restaurants = await search('餐馆');
    expect(restaurants.hits.map((hit) => hit.name)).toEqual(
      expect.arrayContaining(['我要开饭店', '小餐饮登记']),
    );
    expect(restaurants.hits[0].match).toBe('SYNONYM');
    expect(await names('执照')).toEqual(expect.arrayContaining(['个体工商户设立登记']));
    expect((await names('社保卡')).slice(0, 2)).toEqual(expect.arrayContaining(['社会保障卡申领']));
    expect((await names('我要开饭馆'))[0]).toBe('我要开饭店');
  });

  it('forgives one wrong, missing, extra or swapped character or letter', async () => {
    expect((await search('我要开饭点')).hits[0]).toMatchObject({
      name: '我要开饭店',
      match: 'TYPO',
    });
    expect((await names('我要开饭')).includes('我要开饭店')).toBe(true);
    expect((await names('kaifandain'))[0]).toBe('我要开饭店');
    expect((await names('kaifndian'))[0]).toBe('我要开饭店');
    expect(await names('食品经营许克')).toEqual(expect.arrayContaining(['食品经营许可证核发']));
    expect((await names('shipinjingyingxuke'))[0]).toMatch(/^食品经营许可证/);
    expect(await names('shipinjingyinxuke')).toEqual(
      expect.arrayContaining(['食品经营许可证核发']),
    );
  });

  it('ranks items named after the query before items that merely need it as a material', async () => {
    const order = ['NAME', 'SYNONYM', 'PINYIN', 'INITIALS', 'TYPO', 'MATERIAL', 'DEPARTMENT'];
    const result = await search('身份证', 50);
    const ranks = result.hits.map((hit) => order.indexOf(hit.match));
    expect(result.hits.slice(0, 3).map((hit) => hit.name)).toEqual(
      expect.arrayContaining(['居民身份证申领', '临时居民身份证申领']),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const materialOnly = result.hits.filter((hit) => hit.match === 'MATERIAL');
    expect(materialOnly.length).toBeGreaterThan(0);
    for (const hit of materialOnly) expect(hit.name).not.toMatch(/身份证/);
    expect(result.totalCount).toBeGreaterThan(result.hits.length);

    const licence = await search('营业执照', 50);
    const firstMaterial = licence.hits.findIndex((hit) => hit.match === 'MATERIAL');
    expect(licence.hits[0].name).toMatch(/设立登记/);
    expect(firstMaterial).toBeGreaterThan(0);
  });

  it('gives the hot items for an empty or blank query', async () => {
    const hot = await stack.app.graphql<{ hotServiceItems: { items: { code: string }[] } }>(HOT);
    for (const query of ['', '   ', '\u3000']) {
      const result = await search(query, 3);
      expect(result.hotFallback).toBe(true);
      expect(result.query).toBe('');
      expect(result.hits.map((hit) => hit.code)).toEqual(
        hot.data!.hotServiceItems.items.map((item) => item.code),
      );
    }
  });

  it('answers an unknown word with no hits, not an error', async () => {
    const result = await search('火星签证');
    expect(result).toMatchObject({ hits: [], totalCount: 0, hotFallback: false });
  });

  it('treats SQL and GraphQL metacharacters as plain text', async () => {
    for (const query of ["'; DROP TABLE catalogue_entry; --", '{}', '%_', '" OR 1=1 --', '\\']) {
      const result = await search(query);
      expect(result.hotFallback).toBe(false);
      expect(result.totalCount).toBe(0);
    }
    expect((await search('kfd')).hits[0].name).toBe('我要开饭店');
  });

  it('refuses queries over 50 characters, control characters and limits out of range', async () => {
    expect(await errorCode('办'.repeat(51))).toBe('QUERY_TOO_LONG');
    expect(await errorCode('x'.repeat(100_000))).toBe('QUERY_TOO_LONG');
    expect((await search('办'.repeat(50))).hotFallback).toBe(false);
    expect(await errorCode('饭店\u0000')).toBe('QUERY_INVALID_CHARACTERS');
    expect(await errorCode('\u001b[2J')).toBe('QUERY_INVALID_CHARACTERS');
    expect(await errorCode('饭店', 51)).toBe('BAD_USER_INPUT');
    expect(await errorCode('饭店', 0)).toBe('BAD_USER_INPUT');
    const body = await stack.app.graphql(SEARCH, { query: '办'.repeat(51) });
    expect(body.errors?.[0]?.message).toMatch(/50/);
  });

  it('suggests names while typing, by characters, pinyin and initials', async () => {
    const suggest = async (prefix: string, limit?: number) => {
      const body = await stack.app.graphql<Suggest>(SUGGEST, { prefix, limit });
      expect(body.errors).toBeUndefined();
      return body.data!.searchSuggestions;
    };
    expect((await suggest('kf'))[0]).toBeDefined();
    expect((await suggest('kfd'))[0]).toMatchObject({ text: '我要开饭店', kind: 'THEME' });
    expect((await suggest('kaifan'))[0]).toMatchObject({ text: '我要开饭店' });
    expect((await suggest('公积金', 3)).length).toBe(3);
    expect(await suggest('')).toEqual([]);
    const tooMany = await stack.app.graphql<Suggest>(SUGGEST, { prefix: '公', limit: 11 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('logs the normalised query and its number of results, and nothing about the user', async () => {
    await search('  Kai  Fan Dian  ');
    await stack.app.app.get(SearchLogService).flush();
    const rows = await stack.app.dataSource.query<Record<string, unknown>[]>(
      'SELECT * FROM search_query_log WHERE query = ?',
      ['kai fan dian'],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(rows[0]).sort()).toEqual(['created_at', 'id', 'query', 'result_count']);
    expect(Number(rows[0].result_count)).toBeGreaterThanOrEqual(1);
  });

  it('counts a search that leads to an item towards the hot items', async () => {
    for (let i = 0; i < 20; i += 1) await search('涉路施工许可');
    await stack.app.app.get(CatalogueService).flushViews();
    const hot = await stack.app.graphql<{ hotServiceItems: { items: { code: string }[] } }>(HOT);
    const top = (await search('涉路施工许可')).hits[0];
    expect(top.name).toBe('涉路施工许可');
    expect(hot.data!.hotServiceItems.items[0].code).toBe(top.code);
  });

  it('finds a renamed item under its new name as soon as the catalogue has synced', async () => {
    const [first] = (await search('食品经营许可')).hits;
    expect(await names('蛋糕房食品经营许可')).not.toContain('蛋糕房食品经营许可');
    await fetch(`${stack.sim.url}/__admin/service-items/${first.code}/touch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '蛋糕房食品经营许可' }),
    });
    await stack.app.app.get(CatalogueSyncService).syncNow();
    expect((await names('蛋糕房食品经营许可'))[0]).toBe('蛋糕房食品经营许可');
  });

  it('keeps searching from memory while the approval backend is down', async () => {
    stack.sim.setFaults({ down: true });
    try {
      await stack.app.app.get(CatalogueSyncService).syncNow();
      const result = await search('kfd');
      expect(result.hits[0].name).toBe('我要开饭店');
      expect(result.freshness.stale).toBe(true);
      expect((await names('营业执照')).length).toBeGreaterThan(0);
    } finally {
      stack.sim.resetFaults();
    }
  });
});
