import { EventEmitter } from 'node:events';

/**
 * The Local Metronome's notion of "now". Everything time-dependent (invoice periods, expirations, alert
 * evaluation, idempotency windows) reads it, so tests can move time instead of waiting for it.
 *
 * The clock either follows real time from an offset (the default, offset 0) or stands still at a frozen
 * instant. It emits `change` with the new time whenever it is set or advanced.
 */
export class Clock extends EventEmitter<{ change: [Date] }> {
  private offsetMs = 0;
  private frozenAt: number | undefined;

  now(): Date {
    return new Date(this.frozenAt ?? Date.now() + this.offsetMs);
  }

  get frozen(): boolean {
    return this.frozenAt !== undefined;
  }

  /** Jumps to `instant`; with `frozen`, time stops there until the next set or advance. */
  set(instant: Date, options: { frozen?: boolean } = {}): void {
    if (options.frozen) {
      this.frozenAt = instant.getTime();
    } else {
      this.frozenAt = undefined;
      this.offsetMs = instant.getTime() - Date.now();
    }
    this.emit('change', this.now());
  }

  advance(ms: number): void {
    if (this.frozenAt !== undefined) this.frozenAt += ms;
    else this.offsetMs += ms;
    this.emit('change', this.now());
  }

  /** Back to real time, running. */
  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = undefined;
    this.emit('change', this.now());
  }
}
