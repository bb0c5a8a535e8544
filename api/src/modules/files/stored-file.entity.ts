import { Entity, Property, type Opt } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';

/**
 * A file kept by the PostgreSQL storage backend: every API process sees the same files and a
 * database backup includes them. `data` is lazy so listing files never loads their bytes.
 */
@Entity()
export class StoredFile extends TenantEntity {
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 255 })
  filename!: string;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Readable without login (e.g. avatars shown in widgets). */
  @Property({ type: 'boolean' })
  public: Opt<boolean> = false;

  @Property({ type: 'blob', lazy: true, nullable: true })
  data?: Buffer | null;

  /** Storage key when the bytes live elsewhere (S3-compatible backend). */
  @Property({ type: 'string', length: 255, nullable: true })
  storageKey?: string | null;
}
