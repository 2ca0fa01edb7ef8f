import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimStore } from './store';
import type { FaultSettings, PagedResponse } from './types';

export interface ApprovalSimOptions {
  port?: number;
  host?: string;
  faults?: Partial<FaultSettings>;
  clock?: () => Date;
}

export interface RunningApprovalSim {
  url: string;
  port: number;
  close(): Promise<void>;
  setFaults(f: Partial<FaultSettings>): void;
  resetFaults(): void;
}

const NO_FAULTS: FaultSettings = { latencyMs: 0, errorRate: 0, down: false };
const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;
const MAX_BODY_BYTES = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Validate and merge a partial fault object; throws HttpError(400) on bad values. */
export function validateFaults(input: unknown): Partial<FaultSettings> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new HttpError(400, 'BAD_REQUEST', 'fault settings must be a JSON object');
  }
  const source = input as Record<string, unknown>;
  const out: Partial<FaultSettings> = {};
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (key === 'latencyMs') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new HttpError(400, 'BAD_REQUEST', 'latencyMs must be a number >= 0');
      }
      out.latencyMs = value;
    } else if (key === 'errorRate') {
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
        throw new HttpError(400, 'BAD_REQUEST', 'errorRate must be a number between 0 and 1');
      }
      out.errorRate = value;
    } else if (key === 'down') {
      if (typeof value !== 'boolean') {
        throw new HttpError(400, 'BAD_REQUEST', 'down must be a boolean');
      }
      out.down = value;
    } else {
      throw new HttpError(400, 'BAD_REQUEST', `unknown fault setting ${key}`);
    }
  }
  return out;
}

interface Paging {
  page: number;
  pageSize: number;
  changedSince?: number;
}

function parsePositiveInt(raw: string | null, name: string, fallback: number): number {
  if (raw === null) {
    return fallback;
  }
  if (!/^\d+$/.test(raw)) {
    throw new HttpError(400, 'BAD_REQUEST', `${name} must be a positive integer`);
  }
  const value = Number(raw);
  if (value < 1) {
    throw new HttpError(400, 'BAD_REQUEST', `${name} must be >= 1`);
  }
  return value;
}

function parsePaging(params: URLSearchParams): Paging {
  const page = parsePositiveInt(params.get('page'), 'page', 1);
  const pageSize = parsePositiveInt(params.get('pageSize'), 'pageSize', DEFAULT_PAGE_SIZE);
  if (pageSize > MAX_PAGE_SIZE) {
    throw new HttpError(400, 'BAD_REQUEST', `pageSize must be <= ${MAX_PAGE_SIZE}`);
  }
  const rawSince = params.get('changedSince');
  let changedSince: number | undefined;
  if (rawSince !== null) {
    changedSince = Date.parse(rawSince);
    if (rawSince.trim() === '' || Number.isNaN(changedSince)) {
      throw new HttpError(400, 'BAD_REQUEST', 'changedSince must be an ISO 8601 timestamp');
    }
  }
  return { page, pageSize, changedSince };
}

interface Versioned {
  updatedAt: string;
}

/**
 * Page a record list. With changedSince: only records updated after it (any status),
 * ordered by (updatedAt, key) ascending. Without: `defaultFilter` and `defaultSort` apply.
 */
function pageOf<T extends Versioned>(
  records: T[],
  paging: Paging,
  keyOf: (r: T) => string,
  serverTime: string,
  defaultFilter: (r: T) => boolean = () => true,
  defaultSort?: (a: T, b: T) => number,
): PagedResponse<T> {
  let selected: T[];
  if (paging.changedSince !== undefined) {
    const since = paging.changedSince;
    selected = records
      .filter((r) => Date.parse(r.updatedAt) > since)
      .sort((a, b) => {
        const diff = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
        if (diff !== 0) {
          return diff;
        }
        return keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0;
      });
  } else {
    selected = records.filter(defaultFilter);
    selected.sort(
      defaultSort ?? ((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)),
    );
  }
  const start = (paging.page - 1) * paging.pageSize;
  return {
    items: selected.slice(start, start + paging.pageSize),
    page: paging.page,
    pageSize: paging.pageSize,
    total: selected.length,
    serverTime,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  res.end(payload);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, 'PAYLOAD_TOO_LARGE', 'request body too large');
    }
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') {
    return {};
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function includesKeyword(keyword: string, ...fields: string[]): boolean {
  return fields.some((f) => f.includes(keyword));
}

export async function startApprovalSim(opts: ApprovalSimOptions = {}): Promise<RunningApprovalSim> {
  const clock = opts.clock ?? (() => new Date());
  const store = new SimStore(clock);
  let faults: FaultSettings = { ...NO_FAULTS, ...validateFaults(opts.faults ?? {}) };

  async function handleAdmin(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
  ): Promise<void> {
    if (path === '/__admin/faults') {
      if (method === 'GET') {
        sendJson(res, 200, faults);
        return;
      }
      if (method === 'PUT' || method === 'POST') {
        faults = { ...faults, ...validateFaults(await readJsonBody(req)) };
        sendJson(res, 200, faults);
        return;
      }
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} not allowed on ${path}`);
    }
    if (method !== 'POST') {
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} not allowed on ${path}`);
    }
    if (path === '/__admin/faults/reset') {
      faults = { ...NO_FAULTS };
      sendJson(res, 200, faults);
      return;
    }
    if (path === '/__admin/reset') {
      store.reset();
      faults = { ...NO_FAULTS };
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    const match = /^\/__admin\/service-items\/([^/]+)\/(touch|withdraw)$/.exec(path);
    if (match) {
      const code = decodeURIComponent(match[1]);
      let updated;
      if (match[2] === 'touch') {
        const body = await readJsonBody(req);
        const name = (body as { name?: unknown }).name;
        if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
          throw new HttpError(400, 'BAD_REQUEST', 'name must be a non-empty string');
        }
        updated = store.touchItem(code, { name: name as string | undefined });
      } else {
        updated = store.withdrawItem(code);
      }
      if (!updated) {
        throw new HttpError(404, 'NOT_FOUND', `service item ${code} not found`);
      }
      sendJson(res, 200, updated);
      return;
    }
    throw new HttpError(404, 'NOT_FOUND', `no route ${method} ${path}`);
  }

  function handleApi(res: ServerResponse, path: string, params: URLSearchParams): void {
    const now = clock().toISOString();
    const data = store.data;
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    // segments: ['api', 'v1', resource, id?]
    const [, , resource, id, extra] = segments;
    if (segments[0] !== 'api' || segments[1] !== 'v1' || !resource || extra !== undefined) {
      throw new HttpError(404, 'NOT_FOUND', `no route GET ${path}`);
    }
    const keyword = params.get('keyword')?.trim() ?? '';
    switch (resource) {
      case 'departments':
        if (id !== undefined) {
          const dept = data.departments.find((d) => d.code === id);
          if (!dept) {
            throw new HttpError(404, 'NOT_FOUND', `department ${id} not found`);
          }
          sendJson(res, 200, dept);
          return;
        }
        sendJson(
          res,
          200,
          pageOf(
            data.departments,
            parsePaging(params),
            (d) => d.code,
            now,
            (d) => d.status === 'active',
          ),
        );
        return;
      case 'business-categories':
        sendJson(
          res,
          200,
          pageOf(
            data.businessCategories.map((c) => ({
              ...c,
              updatedAt: data.departments[0].updatedAt,
            })),
            parsePaging(params),
            (c) => c.code,
            now,
          ),
        );
        return;
      case 'materials':
        sendJson(
          res,
          200,
          pageOf(
            data.materials.map((m) => ({ ...m, updatedAt: data.departments[0].updatedAt })),
            parsePaging(params),
            (m) => m.code,
            now,
          ),
        );
        return;
      case 'service-items': {
        if (id !== undefined) {
          const item = store.findItem(id);
          if (!item) {
            throw new HttpError(404, 'NOT_FOUND', `service item ${id} not found`);
          }
          sendJson(res, 200, item);
          return;
        }
        const paging = parsePaging(params);
        const dept = params.get('departmentCode');
        const filtered = data.serviceItems.filter(
          (i) =>
            (!dept || i.departmentCode === dept) &&
            (!keyword || includesKeyword(keyword, i.name, i.code, i.departmentName)),
        );
        sendJson(
          res,
          200,
          pageOf(
            filtered,
            paging,
            (i) => i.code,
            now,
            (i) => i.status === 'active',
          ),
        );
        return;
      }
      case 'themes':
        if (id !== undefined) {
          const theme = data.themes.find((t) => t.code === id);
          if (!theme) {
            throw new HttpError(404, 'NOT_FOUND', `theme ${id} not found`);
          }
          sendJson(res, 200, theme);
          return;
        }
        sendJson(
          res,
          200,
          pageOf(
            data.themes,
            parsePaging(params),
            (t) => t.code,
            now,
            (t) => t.status === 'active',
          ),
        );
        return;
      case 'cases': {
        if (id === undefined) {
          throw new HttpError(400, 'BAD_REQUEST', 'query a case by number: /api/v1/cases/:caseNo');
        }
        const found = store.findCase(id);
        if (!found) {
          throw new HttpError(404, 'NOT_FOUND', `case ${id} not found`);
        }
        const phoneLast4 = params.get('phoneLast4');
        if (phoneLast4 !== null && phoneLast4 !== found.phoneLast4) {
          throw new HttpError(403, 'FORBIDDEN', 'phone number does not match the case');
        }
        sendJson(res, 200, found);
        return;
      }
      case 'publicity': {
        if (id !== undefined) {
          const rec = data.publicity.find((p) => p.id === id);
          if (!rec) {
            throw new HttpError(404, 'NOT_FOUND', `publicity record ${id} not found`);
          }
          sendJson(res, 200, rec);
          return;
        }
        const paging = parsePaging(params);
        const filtered = data.publicity.filter(
          (p) =>
            !keyword ||
            includesKeyword(keyword, p.applicant, p.itemName, p.decisionNo, p.departmentName),
        );
        sendJson(
          res,
          200,
          pageOf(
            filtered,
            paging,
            (p) => p.id,
            now,
            () => true,
            (a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt) || (a.id < b.id ? 1 : -1),
          ),
        );
        return;
      }
      default:
        throw new HttpError(404, 'NOT_FOUND', `no route GET ${path}`);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://approval-sim.local');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (path.startsWith('/__admin/')) {
      await handleAdmin(req, res, method, path);
      return;
    }
    const current = faults;
    if (current.latencyMs > 0) {
      await delay(current.latencyMs);
    }
    if (current.down) {
      throw new HttpError(
        503,
        'UNAVAILABLE',
        'approval backend is unavailable (simulated downtime)',
      );
    }
    if (current.errorRate > 0 && Math.random() < current.errorRate) {
      throw new HttpError(500, 'INTERNAL', 'approval backend internal error (simulated)');
    }
    if (method !== 'GET' && method !== 'HEAD') {
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} not allowed on ${path}`);
    }
    if (path === '/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    handleApi(res, path, url.searchParams);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        sendError(res, err.status, err.code, err.message);
      } else {
        sendError(res, 500, 'INTERNAL', err instanceof Error ? err.message : 'internal error');
      }
    });
  });

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    setFaults: (f) => {
      faults = { ...faults, ...validateFaults(f) };
    },
    resetFaults: () => {
      faults = { ...NO_FAULTS };
    },
  };
}
