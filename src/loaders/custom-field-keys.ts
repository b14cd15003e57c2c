import type { CustomFieldListKeysParams, CustomFieldListKeysResponse } from '@metronome/sdk/resources/v1/custom-fields';
import type { MetronomeApi } from '../metronome-client/client.js';
import { readAllPages } from './all-pages.js';

/** Every allowed custom field key of the given entity kinds (all when absent): `POST /v1/customFields/listKeys`, all its pages. */
export function loadCustomFieldKeys(
  api: MetronomeApi,
  entities: CustomFieldListKeysParams['entities'] | null | undefined,
): Promise<CustomFieldListKeysResponse[]> {
  return readAllPages((nextPage) => api.customFields.listKeys({ ...(entities ? { entities: [...entities] } : {}), next_page: nextPage }));
}
