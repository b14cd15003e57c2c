import type {
  AlertArchiveParams,
  AlertArchiveResponse,
  AlertCreateParams,
  AlertCreateResponse,
} from '@metronome/sdk/resources/v1/alerts';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Threshold notifications: `/v1/alerts/…`. */
export class AlertsResource extends Resource {
  /** `POST /v1/alerts/create` */
  create(body: AlertCreateParams, options?: CallOptions): Promise<AlertCreateResponse> {
    return this.write('POST', '/v1/alerts/create', { body }, options);
  }

  /** `POST /v1/alerts/archive` */
  archive(body: AlertArchiveParams, options?: CallOptions): Promise<AlertArchiveResponse> {
    return this.write('POST', '/v1/alerts/archive', { body }, options);
  }
}
