import { BadRequestError } from '../http/api-error.js';

/**
 * The URLs webhook notifications go to: those the Local Metronome was started with (`webhookUrls`) and those
 * added through `/_local/webhooks`. A notification is delivered to every URL configured when it is created.
 */
export class WebhookEndpoints {
  private readonly urls: string[] = [];

  constructor(initial: readonly string[] = []) {
    for (const url of initial) this.add(url);
  }

  list(): string[] {
    return [...this.urls];
  }

  /** Adds an absolute http(s) URL; adding one already present changes nothing. */
  add(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new BadRequestError(`url must be an absolute http or https URL: ${url}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new BadRequestError(`url must be an absolute http or https URL: ${url}`);
    if (!this.urls.includes(url)) this.urls.push(url);
  }

  /** Whether the URL was configured. */
  remove(url: string): boolean {
    const index = this.urls.indexOf(url);
    if (index >= 0) this.urls.splice(index, 1);
    return index >= 0;
  }

  clear(): void {
    this.urls.length = 0;
  }
}
