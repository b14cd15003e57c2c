import { describe, expect, it } from 'vitest';
import { buildLedger, currentBalance, type LedgerActivity, type LedgerSubject } from '../../src/local-metronome/billing/ledgers.js';
import { dec } from '../../src/local-metronome/billing/money.js';

const commit: LedgerSubject = {
  type: 'PREPAID',
  access_schedule: {
    schedule_items: [
      { id: 'seg-1', amount: 1000, starting_at: '2025-01-01T00:00:00.000Z', ending_before: '2025-02-01T00:00:00.000Z' },
      { id: 'seg-2', amount: 500, starting_at: '2025-02-01T00:00:00.000Z', ending_before: '2025-03-01T00:00:00.000Z' },
    ],
  },
};

const activity: LedgerActivity = {
  deductions: [
    { invoiceId: 'inv-1', contractId: 'c-1', segmentId: 'seg-1', amount: dec(300.25), timestamp: new Date('2025-01-01T00:00:00Z') },
    { invoiceId: 'inv-2', contractId: 'c-1', segmentId: 'seg-2', amount: dec(100), timestamp: new Date('2025-02-01T00:00:00Z') },
  ],
  manualEntries: [{ segmentId: 'seg-1', amount: dec(-50), reason: 'outage', timestamp: new Date('2025-01-20T00:00:00Z') }],
};

describe('commit ledgers', () => {
  it('records segment start, invoice deduction, manual entry and expiration in time order', () => {
    expect(buildLedger(commit, activity, new Date('2025-02-15T00:00:00Z'))).toEqual([
      { type: 'PREPAID_COMMIT_SEGMENT_START', timestamp: '2025-01-01T00:00:00.000Z', amount: 1000, segment_id: 'seg-1' },
      { type: 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', timestamp: '2025-01-01T00:00:00.000Z', amount: -300.25, segment_id: 'seg-1', invoice_id: 'inv-1', contract_id: 'c-1' },
      { type: 'PREPAID_COMMIT_MANUAL', timestamp: '2025-01-20T00:00:00.000Z', amount: -50, reason: 'outage' },
      { type: 'PREPAID_COMMIT_EXPIRATION', timestamp: '2025-02-01T00:00:00.000Z', amount: -649.75, segment_id: 'seg-1' },
      { type: 'PREPAID_COMMIT_SEGMENT_START', timestamp: '2025-02-01T00:00:00.000Z', amount: 500, segment_id: 'seg-2' },
      { type: 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', timestamp: '2025-02-01T00:00:00.000Z', amount: -100, segment_id: 'seg-2', invoice_id: 'inv-2', contract_id: 'c-1' },
    ]);
  });

  it('has a balance equal to the sum of its ledger', () => {
    const now = new Date('2025-02-15T00:00:00Z');
    const sum = buildLedger(commit, activity, now).reduce((total, entry) => total.plus(entry.amount), dec(0));
    expect(currentBalance(commit, activity, now).toString()).toBe('400');
    expect(sum.toString()).toBe('400');
  });

  it('lists nothing for a segment that has not started', () => {
    const ledger = buildLedger(commit, activity, new Date('2025-01-10T00:00:00Z'));
    expect(ledger.map((e) => e.type)).toEqual(['PREPAID_COMMIT_SEGMENT_START', 'PREPAID_COMMIT_AUTOMATED_INVOICE_DEDUCTION', 'PREPAID_COMMIT_MANUAL']);
    expect(currentBalance(commit, activity, new Date('2025-01-10T00:00:00Z')).toString()).toBe('649.75');
  });

  it('never reports a negative balance when manual entries exceed what is left', () => {
    const overdrawn: LedgerActivity = { deductions: [], manualEntries: [{ segmentId: 'seg-1', amount: dec(-1200), reason: 'correction', timestamp: new Date('2025-01-02T00:00:00Z') }] };
    expect(currentBalance(commit, overdrawn, new Date('2025-01-10T00:00:00Z')).toString()).toBe('0');
  });

  it('writes credit and postpaid entries with their own types', () => {
    const credit: LedgerSubject = { ...commit, type: 'CREDIT' };
    expect(buildLedger(credit, activity, new Date('2025-01-10T00:00:00Z')).map((e) => e.type)).toEqual(['CREDIT_SEGMENT_START', 'CREDIT_AUTOMATED_INVOICE_DEDUCTION', 'CREDIT_MANUAL']);
    const postpaid: LedgerSubject = { ...commit, type: 'POSTPAID' };
    expect(buildLedger(postpaid, { deductions: [], manualEntries: [] }, new Date('2025-01-10T00:00:00Z'))).toEqual([
      { type: 'POSTPAID_COMMIT_INITIAL_BALANCE', timestamp: '2025-01-01T00:00:00.000Z', amount: 1000 },
    ]);
  });
});
