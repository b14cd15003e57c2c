import type {
  DashboardGetEmbeddableURLParams,
  DashboardGetEmbeddableURLResponse,
} from '@metronome/sdk/resources/v1/dashboards';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Embeddable dashboards: `/v1/dashboards/…`. */
export class DashboardsResource extends Resource {
  /** `POST /v1/dashboards/getEmbeddableUrl` (a read: it only signs a URL). */
  getEmbeddableUrl(body: DashboardGetEmbeddableURLParams, options?: CallOptions): Promise<DashboardGetEmbeddableURLResponse> {
    return this.read('POST', '/v1/dashboards/getEmbeddableUrl', { body }, options);
  }
}
