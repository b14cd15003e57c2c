/**
 * Counts every `/v1` request by operation, and keeps the most recent ones, so that tests can assert exactly how
 * many upstream calls a gateway query made (`GET /_local/requests`).
 */
export interface LoggedRequest {
  operation: string;
  method: string;
  url: string;
  body: unknown;
  status?: number;
  at: string;
}

const MAX_LOGGED = 10_000;

export class RequestLog {
  private counts = new Map<string, number>();
  private entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): LoggedRequest {
    this.counts.set(entry.operation, (this.counts.get(entry.operation) ?? 0) + 1);
    this.entries.push(entry);
    if (this.entries.length > MAX_LOGGED) this.entries.splice(0, this.entries.length - MAX_LOGGED);
    return entry;
  }

  snapshot(): { total: number; counts: Record<string, number>; requests: LoggedRequest[] } {
    const counts = Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
    return { total: [...this.counts.values()].reduce((a, b) => a + b, 0), counts, requests: this.entries };
  }

  clear(): void {
    this.counts.clear();
    this.entries = [];
  }
}
