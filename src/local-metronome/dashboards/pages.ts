import type { LocalMetronome } from '../server.js';
import { decodeDashboardGrant, type DashboardGrant } from './embed-token.js';
import { loadDashboardData } from './page-data.js';
import { renderDashboard, renderError } from './render.js';

/**
 * Serves the pages that `POST /v1/dashboards/getEmbeddableUrl` links to: an iframe-ready HTML page per customer and
 * dashboard type, authorised by the signed token in its URL (no bearer token: a browser opens it).
 */
export function registerDashboardPages(local: LocalMetronome): void {
  local.app.get<{ Params: { dashboard: DashboardGrant['dashboard'] }; Querystring: { token?: string } }>(
    '/embeddable-dashboards/customers/:dashboard/v1',
    async (request, reply) => {
      reply.type('text/html; charset=utf-8');
      const grant = decodeDashboardGrant(request.query.token ?? '', local.signingSecret, local.clock.now().getTime());
      if (!grant || grant.dashboard !== request.params.dashboard)
        return reply.code(403).send(renderError(403, 'This dashboard link is invalid or has expired. Ask for a new one.'));
      const data = await loadDashboardData(local, grant);
      return reply.send(renderDashboard(grant, data));
    },
  );
}
