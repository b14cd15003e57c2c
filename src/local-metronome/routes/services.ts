import type { Domain } from '../http/route.js';
import { defineRoute } from '../http/route.js';

/**
 * Metronome's service registry for firewall allowlists. The Local Metronome runs on this machine, so the
 * addresses it makes and accepts connections at are the loopback ones.
 */
export const services: Domain = {
  name: 'services',
  routes: [
    defineRoute({
      operation: 'GET /v1/services',
      kind: 'read',
      handle() {
        return {
          services: [
            { name: 'api', usage: 'accepts_connections_at', ips: ['127.0.0.1', '::1'] },
            { name: 'webhooks', usage: 'makes_connections_from', ips: ['127.0.0.1', '::1'] },
          ],
        };
      },
    }),
  ],
};
