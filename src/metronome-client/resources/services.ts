import type { ServiceListResponse } from '@metronome/sdk/resources/v1/services';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Metronome's service addresses, for firewall allowlists: `/v1/services`. */
export class ServicesResource extends Resource {
  /** `GET /v1/services` */
  list(options?: CallOptions): Promise<ServiceListResponse> {
    return this.read('GET', '/v1/services', {}, options);
  }
}
