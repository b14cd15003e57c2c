import type { LocalMetronome } from '../server.js';

/** Loads the demo data set through the API itself, so demo data obeys every rule real data does. */
export async function seedDemoData(_local: LocalMetronome): Promise<void> {
  // Filled in as the domains land: customers, metrics, products, a rate card, contracts and a month of usage.
}
