/**
 * `PagedList`: the state of a cursor-paged list on a screen (client list, client groups, deletion
 * records, mail inbox, access log): the rows loaded so far, the total, whether there is a next page,
 * whether a page is on its way and the last error. `load()` asks for the first page and replaces the
 * rows, `load(true)` appends the next one. Every change re-renders the host; `renderListState`
 * (list-table.ts) draws it.
 *
 * Only the newest request counts: an answer that a later `load` or `clear` overtook is dropped, so a
 * slow answer for filters left behind never replaces the list for the filters shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError } from '../../../widgets/src/shared/api.js';

/** One page of a list as the API's connections give it. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: T }[];
}

/** The answer to one page's request: its connection, or the error. */
export type PageAnswer<T> = { error: ApiError } | { error?: undefined; page: Connection<T> };

/** Asks for the page after the cursor `after` (null: the first page). */
export type PageRequest<T> = (after: string | null) => Promise<PageAnswer<T>>;

export class PagedList<T> implements ReactiveController {
  private state = {
    rows: [] as T[],
    total: 0,
    next: null as string | null,
    loading: false,
    error: null as ApiError | null,
  };
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly request: PageRequest<T>,
  ) {
    host.addController(this);
  }

  /** Nothing on connect: the screen decides when the list loads (it knows its filters). */
  hostConnected(): void {}

  /** The rows loaded so far, in the API's order. */
  get rows(): readonly T[] {
    return this.state.rows;
  }

  /** All rows of the list, loaded or not. */
  get total(): number {
    return this.state.total;
  }

  /** There is a next page to load. */
  get hasMore(): boolean {
    return this.state.next !== null;
  }

  /** A page is on its way. */
  get loading(): boolean {
    return this.state.loading;
  }

  /** The last request's error, until a request goes through. */
  get error(): ApiError | null {
    return this.state.error;
  }

  /**
   * The first page (replacing the rows), or with `more` the next one (appended). Resolves to the rows
   * this call added, or null where it failed or a newer request overtook it.
   */
  async load(more = false): Promise<readonly T[] | null> {
    const generation = ++this.generation;
    this.set({ loading: true });
    const answer = await this.request(more ? this.state.next : null);
    if (generation !== this.generation) return null;
    if (answer.error) {
      this.set({ loading: false, error: answer.error });
      return null;
    }
    const { edges, pageInfo, totalCount } = answer.page;
    const nodes = edges.map((e) => e.node);
    this.set({
      loading: false,
      error: null,
      rows: more ? [...this.state.rows, ...nodes] : nodes,
      total: totalCount,
      next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
    });
    return nodes;
  }

  /** An empty list without asking (filters nothing can match); an answer still on its way is dropped. */
  clear(): void {
    this.generation++;
    this.set({ rows: [], total: 0, next: null, loading: false, error: null });
  }

  /** The rows changed in place (e.g. a star toggled), without asking the API again. */
  setRows(rows: T[]): void {
    this.set({ rows });
  }

  /** Another request's error, said where the list's own would be (its retry loads the list again). */
  fail(error: ApiError): void {
    this.set({ error });
  }

  private set(change: Partial<typeof this.state>): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
  }
}
