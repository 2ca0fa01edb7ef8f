export interface JsonResponse<T> {
  status: number;
  body: T;
}

export async function getJson<T = unknown>(url: string): Promise<JsonResponse<T>> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as T };
}

export async function sendJson<T = unknown>(
  method: 'POST' | 'PUT',
  url: string,
  body?: unknown,
): Promise<JsonResponse<T>> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export interface ErrorBody {
  error: { code: string; message: string };
}
