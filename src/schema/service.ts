import type { ServiceListResponse } from '@metronome/sdk/resources/v1/services';
import { builder } from './builder.js';

const ServiceUsage = builder.enumType('ServiceUsage', {
  description: 'Whether Metronome makes connections from the service’s addresses or accepts connections at them.',
  values: ['makes_connections_from', 'accepts_connections_at'] as const,
});

const Service = builder.objectRef<ServiceListResponse.Service>('Service').implement({
  description: 'A Metronome service and its IP addresses, for security allowlisting and firewall configuration.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the service.' }),
    usage: t.field({ type: ServiceUsage, description: 'How the addresses are used.', resolve: (service) => service.usage }),
    ips: t.exposeStringList('ips', { description: 'The IP addresses of the service.' }),
  }),
});

builder.queryField('services', (t) =>
  t.field({
    type: [Service],
    description:
      "Gets Metronome's service registry with associated IP addresses for security allowlisting and firewall configuration (`GET /v1/services`). New IPs typically appear 30+ days before first use.",
    resolve: async (_root, _args, { api }) => (await api.services.list()).services,
  }),
);
