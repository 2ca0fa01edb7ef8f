import { useAppWithSimulator } from '../support/app-with-simulator';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchema } from '../../src/schema/render-schema';

describe('GraphQL API: errors, limits, schema, health, hall reference data', () => {
  const stack = useAppWithSimulator();

  it('serves exactly the committed bff/schema.gql (regenerate with pnpm codegen)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    expect(renderSchema(stack.app.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('seeds the Shizhong hall: four functional zones, special areas, categories, windows', async () => {
    const body = await stack.app.graphql<{
      mainHall: {
        name: string;
        windowCount: number;
        longitude: number;
        latitude: number;
        zones: { name: string; kind: string }[];
        categories: { code: string; name: string; zoneName: string }[];
      };
    }>(
      '{ mainHall { name windowCount longitude latitude zones { name kind } categories { code name zoneName } } }',
    );
    const hall = body.data!.mainHall;
    expect(hall.name).toBe('济南市市中区政务服务中心');
    expect(
      hall.zones.filter((zone) => zone.kind === 'FUNCTIONAL_ZONE').map((zone) => zone.name),
    ).toEqual(['民生服务区', '办税服务区', '审批服务区', '政府采购区']);
    expect(hall.zones.map((zone) => zone.name)).toEqual(
      expect.arrayContaining([
        '开办企业专区',
        '绿色通道',
        '创客空间',
        '24小时自助服务区',
        '综合受理区',
        '统一出件区',
      ]),
    );
    expect(hall.categories.map((category) => category.code)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
    ]);
    expect(hall.windowCount).toBeGreaterThanOrEqual(130);
    // GCJ-02 within Jinan's Shizhong district
    expect(hall.longitude).toBeGreaterThan(116.8);
    expect(hall.longitude).toBeLessThan(117.2);
    expect(hall.latitude).toBeGreaterThan(36.5);
    expect(hall.latitude).toBeLessThan(36.75);
  });

  it('stores street centres and community stations with coordinates', async () => {
    const rows: { kind: string; n: number | string }[] = await stack.app.dataSource.query(
      'SELECT kind, COUNT(*) AS n FROM service_point GROUP BY kind ORDER BY kind',
    );
    const counts = Object.fromEntries(rows.map((row) => [row.kind, Number(row.n)]));
    expect(counts).toEqual({ COMMUNITY_STATION: 34, DISTRICT_HALL: 1, STREET_CENTRE: 17 });
  });

  it('answers malformed documents and unknown fields with a coded Chinese message, no stack', async () => {
    const parse = await stack.app.graphql('{ hotServiceItems(limit: ');
    expect(parse.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(parse.errors?.[0].message).toBe('请求格式有误');
    const unknown = await stack.app.graphql('{ nope }');
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(unknown)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
  });

  it('validates arguments at the boundary', async () => {
    const body = await stack.app.graphql('{ hotServiceItems(limit: 0) { items { code } } }');
    expect(body.errors?.[0]).toMatchObject({
      message: '数量至少为 1',
      extensions: { code: 'BAD_USER_INPUT', field: 'limit' },
    });
  });

  it('answers a variable of the wrong type as bad input, not as an internal error', async () => {
    const body = await stack.app.graphql(
      'query Q($limit: Int!) { hotServiceItems(limit: $limit) { items { code } } }',
      {
        limit: 'many',
      },
    );
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toBe('输入的内容有误，请检查后重试');
  });

  it('rejects an operation that costs too much before running it', async () => {
    const fields =
      'items { code name departmentName type audiences visitsNeeded fullyOnline committedDays }';
    const query = `{ a: hotServiceItems(limit: 20) { ${fields} } b: hotServiceItems(limit: 20) { ${fields} } }`;
    const body = await stack.app.graphql(query);
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.data ?? null).toBeNull();
  });

  it('gives every request an id, echoed in the header and in errors', async () => {
    const response = await fetch(`${stack.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-0001' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('test-request-0001');
    const body = (await response.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0].extensions.requestId).toBe('test-request-0001');
  });

  it('reports health: database up, circuit closed, catalogue fresh', async () => {
    const response = await fetch(`${stack.app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up', dialect: stack.database.dialect },
      approvalBackend: { circuit: 'closed' },
      catalogue: { stale: false },
    });
  });
});
