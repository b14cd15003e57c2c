import type { Commit } from '@metronome/sdk/resources/shared';
import type {
  CommitCreateParams,
  CommitCreateResponse,
  CommitListParams,
  CommitUpdateEndDateParams,
  CommitUpdateEndDateResponse,
} from '@metronome/sdk/resources/v1/customers/commits';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Customer-level commits: `/v1/contracts/customerCommits/…`. */
export class CommitsResource extends Resource {
  /** `POST /v1/contracts/customerCommits/create` */
  create(body: CommitCreateParams, options?: CallOptions): Promise<CommitCreateResponse> {
    return this.write('POST', '/v1/contracts/customerCommits/create', { body }, options);
  }

  /** `POST /v1/contracts/customerCommits/list` (a read; `limit`/`next_page` in the body, at most 25). */
  list(body: CommitListParams, options?: CallOptions): Promise<Page<Commit>> {
    return this.read('POST', '/v1/contracts/customerCommits/list', { body }, options);
  }

  /** `POST /v1/contracts/customerCommits/updateEndDate` */
  updateEndDate(body: CommitUpdateEndDateParams, options?: CallOptions): Promise<CommitUpdateEndDateResponse> {
    return this.write('POST', '/v1/contracts/customerCommits/updateEndDate', { body }, options);
  }
}
