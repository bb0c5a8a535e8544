/**
 * One PresenceService per running app (tests run several apps in one process). The WebSocket server
 * starts it and stops it on shutdown; resolvers read through it.
 */
import type { AppServices } from '../../shared/app.js';
import { PresenceService } from './presence.service.js';

const services = new WeakMap<AppServices, PresenceService>();

export function presenceFor(app: AppServices): PresenceService {
  let service = services.get(app);
  if (!service) {
    service = new PresenceService(app);
    services.set(app, service);
  }
  return service;
}
