/** A minimal GraphQL-over-HTTP client for tests, speaking to the real server. */
import { expect } from 'vitest';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; fields?: { path: string; message: string }[]; [k: string]: unknown };
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

export class GraphQLClient {
  constructor(
    readonly url: string,
    public token?: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // The API's messages are written (and asserted) in English; without this header they come in
        // German (fetch sends `Accept-Language: *`, which names no UI language). Override via `headers`.
        'accept-language': 'en',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { status: res.status, data: body.data, errors: body.errors };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data as T;
  }

  /** Runs an operation that must fail with the given code and returns the first error. */
  async fails(code: string, query: string, variables?: Record<string, unknown>): Promise<GqlError> {
    const res = await this.request(query, variables);
    expect(
      res.errors?.map((e) => e.extensions?.code),
      JSON.stringify(res.errors),
    ).toContain(code);
    return res.errors!.find((e) => e.extensions?.code === code)!;
  }
}
