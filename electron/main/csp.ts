// The renderer's CSP for the open database: its online basemap's origin, if the user set one, may serve tiles.
import { contentSecurityPolicy } from '../../shared/api';
import { basemapOrigin } from '../../shared/map-views';
import { getBasemap } from './services/settings';
import type { Session } from './session';

export function policyFor(session: Session): string {
  const origin = basemapOrigin(getBasemap(session.db));
  return contentSecurityPolicy(origin ? [origin] : []);
}
