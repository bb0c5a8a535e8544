/** HTTP routes contributed by modules (uploads, downloads). */
import type { AppServices } from '../shared/app.js';
import type { Route } from './routes.js';
import { avatarRoutes } from '../modules/staff/avatar.route.js';
import { fileRoutes } from '../modules/files/file.route.js';
import { setPasswordRoutes } from './pages/set-password.page.js';
import { cancelPageRoutes } from '../modules/appointments/cancel-page.js';
import { chatRoutes } from '../modules/chat/chat.routes.js';
import { clientExportRoutes } from '../modules/client-export/client-export.routes.js';
import { clientRecordRoutes } from '../modules/client-records/client-records.routes.js';
import { mailPageRoutes } from './pages/mail.page.js';
import { accessLogRoutes } from '../modules/access-log/access-log.routes.js';
import { monitoringRoutes } from '../modules/monitoring/monitoring.routes.js';

export function moduleRoutes(app: AppServices): Route[] {
  return [
    ...avatarRoutes(app),
    ...fileRoutes(app),
    ...setPasswordRoutes(),
    ...cancelPageRoutes(app),
    ...chatRoutes(app),
    ...clientExportRoutes(app),
    ...clientRecordRoutes(app),
    ...mailPageRoutes(),
    ...monitoringRoutes(app),
    ...accessLogRoutes(app),
  ];
}
