import { afterAll } from 'vitest';
import type { LocalMetronome } from '../../../src/local-metronome/server.js';
import type { MetronomeClient } from '../../../src/metronome-client/client.js';
import {
  createAlertSubscriptions,
  type AlertSubscriptions,
  type AlertSubscriptionsOptions,
} from '../../../src/subscriptions/alert-subscriptions.js';
import { localMetronomeClient } from './subscription-gateway.js';

export interface AlertInstance {
  alerts: AlertSubscriptions;
  metronome: MetronomeClient;
  stop(): Promise<void>;
}

/**
 * The alert subscription machinery of gateway instances talking to one Local Metronome (with its webhook secret);
 * every instance made is stopped after the test file.
 */
export function useAlertInstances(local: () => LocalMetronome): (options?: Partial<AlertSubscriptionsOptions>) => AlertInstance {
  const made: AlertInstance[] = [];
  afterAll(async () => {
    await Promise.all(made.map((instance) => instance.stop()));
  });
  return (options = {}) => {
    const metronome = localMetronomeClient(local());
    const alerts = createAlertSubscriptions({ metronome, webhookSecret: local().webhookSecret, ...options });
    let stopped = false;
    const instance: AlertInstance = {
      alerts,
      metronome,
      async stop() {
        if (stopped) return;
        stopped = true;
        await alerts.stop();
        await metronome.close();
      },
    };
    made.push(instance);
    return instance;
  };
}
