import type { AuditLogListParams, AuditLogListResponse } from '@metronome/sdk/resources/v1/audit-logs';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** The audit log: `/v1/auditLogs`. */
export class AuditLogsResource extends Resource {
  /** `GET /v1/auditLogs`; `next_page` is always returned so that a poller can resume. */
  list(query: AuditLogListParams = {}, options?: CallOptions): Promise<Page<AuditLogListResponse>> {
    return this.read('GET', '/v1/auditLogs', { query }, options);
  }
}
