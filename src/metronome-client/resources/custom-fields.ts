import type {
  CustomFieldAddKeyParams,
  CustomFieldDeleteValuesParams,
  CustomFieldListKeysParams,
  CustomFieldListKeysResponse,
  CustomFieldRemoveKeyParams,
  CustomFieldSetValuesParams,
} from '@metronome/sdk/resources/v1/custom-fields';
import type { Page } from '../pages.js';
import type { CallOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Custom field keys and values: `/v1/customFields/…`. */
export class CustomFieldsResource extends Resource {
  /** `POST /v1/customFields/addKey` */
  addKey(body: CustomFieldAddKeyParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customFields/addKey', { body }, options);
  }

  /** `POST /v1/customFields/deleteValues` */
  deleteValues(body: CustomFieldDeleteValuesParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customFields/deleteValues', { body }, options);
  }

  /** `POST /v1/customFields/listKeys` (a read; `next_page` in the query). */
  listKeys({ next_page, ...body }: CustomFieldListKeysParams = {}, options?: CallOptions): Promise<Page<CustomFieldListKeysResponse>> {
    return this.read('POST', '/v1/customFields/listKeys', { query: { next_page }, body }, options);
  }

  /** `POST /v1/customFields/removeKey` */
  removeKey(body: CustomFieldRemoveKeyParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customFields/removeKey', { body }, options);
  }

  /** `POST /v1/customFields/setValues` */
  setValues(body: CustomFieldSetValuesParams, options?: CallOptions): Promise<void> {
    return this.write('POST', '/v1/customFields/setValues', { body }, options);
  }
}
