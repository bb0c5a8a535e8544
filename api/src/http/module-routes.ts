/** HTTP routes contributed by modules (uploads, downloads). */
import type { AppServices } from '../shared/app.js';
import type { Route } from './routes.js';

export function moduleRoutes(_app: AppServices): Route[] {
  return [];
}
