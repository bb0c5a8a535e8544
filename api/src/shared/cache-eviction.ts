/**
 * This process's own ORM writes drop the cached rows they change at once (other processes learn of
 * them through PostgreSQL's change notifications, a moment later).
 */
import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import type { AppServices } from './app.js';

export class CacheEviction implements EventSubscriber {
  constructor(private readonly caches: AppServices['caches']) {}

  afterUpdate(args: EventArgs<unknown>): void {
    this.evict(args);
  }

  afterDelete(args: EventArgs<unknown>): void {
    this.evict(args);
  }

  private evict(args: EventArgs<unknown>): void {
    const id = (args.entity as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    if (args.meta.tableName === 'account') this.caches.accountState.evict(id);
    else if (args.meta.tableName === 'organisation') this.caches.organisations.evict(id);
  }
}
