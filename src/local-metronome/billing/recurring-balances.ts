import type { CreditTypeData } from '@metronome/sdk/resources/shared';
import { creditTypeReference, optional, type RecurringCommit, type RecurringCredit } from '../store/contract-terms.js';
import type { StoredCommit, StoredContract, StoredCredit, StoredSubscription } from '../store/contracts.js';
import type { Db } from '../store/database.js';
import { nameBasedId } from '../store/name-based-id.js';
import { Decimal, type RoundingMode } from './money.js';
import { prorationFraction } from './proration.js';
import { stepFrom, stepIndexAtOrBefore, type RecurrenceFrequency, type Window } from './recurrence.js';
import { quantityAt, seatsAt } from './seats.js';

type Recurring = RecurringCommit | RecurringCredit;
type ProrationRounding = { rounding_method: RoundingMode; decimal_places: number };
/** `creditTypeReference` of one `generatedBalances` call: each credit type is looked up once. */
type CreditTypeLookup = (creditTypeId: string | undefined, field: string) => CreditTypeData;

/**
 * A `creditTypeReference` that remembers what it found. An unknown id is not remembered, so it throws (naming
 * `field`) wherever it is first met, as without the cache; each call gets its own copy of the reference.
 */
function creditTypeLookup(db: Db): CreditTypeLookup {
  const found = new Map<string | undefined, CreditTypeData>();
  return (creditTypeId, field) => {
    let creditType = found.get(creditTypeId);
    if (!creditType) found.set(creditTypeId, (creditType = creditTypeReference(db, creditTypeId, field)));
    return { ...creditType };
  };
}

/** One commit or credit a recurring one creates: the recurrence period it belongs to and what it grants. */
interface Occurrence {
  /** The whole period of the recurrence cadence. */
  cycle: Window;
  /** The part of it the recurrence covers: cut by its start and end (a partial first or last period). */
  covered: Window;
  /** The access window: from the covered start, `commit_duration` periods of the cadence, within the contract. */
  access: Window;
  /** The share of a full period's amount it grants (1 unless prorated). */
  fraction: Decimal;
  /** Units granted: `access_amount.quantity`, or the attached subscription's (see `unitsOf`) when the period starts. */
  quantity: number;
}

/**
 * The cadence a recurring commit repeats on. With `recurrence_frequency` the periods follow the recurring
 * commit's own `starting_at`; without it they follow the contract's usage statement schedule.
 */
function cadenceOf(contract: StoredContract, recurring: Recurring): { anchor: Date; frequency: RecurrenceFrequency } {
  if (recurring.recurrence_frequency)
    return { anchor: new Date(recurring.starting_at), frequency: recurring.recurrence_frequency as RecurrenceFrequency };
  const statement = contract.current.usage_statement_schedule;
  return {
    anchor: new Date(statement?.billing_anchor_date ?? contract.current.starting_at),
    frequency: (statement?.frequency ?? 'MONTHLY') as RecurrenceFrequency,
  };
}

function prorates(proration: Recurring['proration'], which: 'first' | 'last'): boolean {
  const mode = proration ?? 'FIRST_AND_LAST';
  return mode === 'FIRST_AND_LAST' || (which === 'first' ? mode === 'FIRST' : mode === 'LAST');
}

function subscriptionOf(contract: StoredContract, recurring: Recurring): StoredSubscription | undefined {
  const id = recurring.subscription_config?.subscription_id;
  return id === undefined ? undefined : contract.subscriptions.find((s) => s.id === id);
}

/**
 * The units a subscription gives a recurring commit at `instant`: its quantity when POOLED; its assigned seats when
 * INDIVIDUAL, since only a seat that has a user can draw its share (an unassigned seat gets one once assigned).
 */
function unitsOf(recurring: Recurring, subscription: StoredSubscription, instant: Date): number | undefined {
  if (recurring.subscription_config?.allocation === 'INDIVIDUAL') return seatsAt(subscription, instant)?.assigned_seat_ids.length;
  return quantityAt(subscription, instant);
}

/**
 * The periods a recurring commit or credit creates a commit or credit for, oldest first: each period of its
 * cadence from `starting_at` until its `ending_before` (else the contract's end). An open-ended recurrence on an
 * open-ended contract creates one for every period that has started by `now`. A period in which the attached
 * subscription has no quantity creates nothing.
 */
function occurrences(contract: StoredContract, recurring: Recurring, now: Date): Occurrence[] {
  const { anchor, frequency } = cadenceOf(contract, recurring);
  const start = Date.parse(recurring.starting_at);
  const contractEnd = contract.current.ending_before !== undefined ? Date.parse(contract.current.ending_before) : Number.POSITIVE_INFINITY;
  const recurrenceEnd = Math.min(recurring.ending_before !== undefined ? Date.parse(recurring.ending_before) : Number.POSITIVE_INFINITY, contractEnd);
  const horizon = Number.isFinite(recurrenceEnd) ? recurrenceEnd : now.getTime() + 1;
  const subscription = subscriptionOf(contract, recurring);
  const found: Occurrence[] = [];
  let n = stepIndexAtOrBefore(anchor, frequency, new Date(start));
  for (;;) {
    const cycle = { startingAt: stepFrom(anchor, frequency, n), endingBefore: stepFrom(anchor, frequency, n + 1) };
    const coveredStart = Math.max(cycle.startingAt.getTime(), start);
    if (coveredStart >= horizon) return found;
    const covered = { startingAt: new Date(coveredStart), endingBefore: new Date(Math.min(cycle.endingBefore.getTime(), recurrenceEnd)) };
    const accessEnd = Math.min(stepFrom(anchor, frequency, n + recurring.commit_duration.value).getTime(), contractEnd);
    const partialFirst = coveredStart > cycle.startingAt.getTime() && prorates(recurring.proration, 'first');
    const partialLast = covered.endingBefore.getTime() < cycle.endingBefore.getTime() && prorates(recurring.proration, 'last');
    const fraction = partialFirst || partialLast ? prorationFraction(cycle, covered) : Decimal.ONE;
    const quantity = recurring.access_amount.quantity ?? (subscription ? unitsOf(recurring, subscription, covered.startingAt) : undefined) ?? 0;
    if (quantity > 0) found.push({ cycle, covered, access: { startingAt: covered.startingAt, endingBefore: new Date(accessEnd) }, fraction, quantity });
    n += 1;
  }
}

function rounded(amount: Decimal, rounding: ProrationRounding | undefined, fraction: Decimal): Decimal {
  return rounding && !fraction.eq(1) ? amount.round(rounding.decimal_places, rounding.rounding_method) : amount;
}

/**
 * What an occurrence grants: unit price × quantity × the proration fraction, rounded as `proration_rounding` says
 * when prorated. A commit allocated to each seat prorates and rounds one seat's share, so every seat holds the
 * same exact amount.
 */
function grantedAmount(recurring: Recurring, occurrence: Occurrence, unitPrice: number, rounding: ProrationRounding | undefined): Decimal {
  if (recurring.subscription_config?.allocation === 'INDIVIDUAL')
    return rounded(Decimal.from(unitPrice).times(occurrence.fraction), rounding, occurrence.fraction).times(occurrence.quantity);
  return rounded(Decimal.from(unitPrice).times(occurrence.quantity).times(occurrence.fraction), rounding, occurrence.fraction);
}

function roundingOf(recurring: Recurring, which: 'access' | 'invoice'): ProrationRounding | undefined {
  const config = (recurring as { proration_rounding?: Record<string, ProrationRounding | undefined> | null }).proration_rounding;
  return config?.[which] ?? undefined;
}

/** The fields a generated commit or credit passes down from its recurring definition. */
function inherited(contract: StoredContract, recurring: Recurring) {
  return {
    product: recurring.product,
    contract: { id: contract.id },
    ...optional('name', recurring.name),
    ...optional('description', recurring.description),
    priority: recurring.priority,
    ...optional('rate_type', recurring.rate_type),
    ...optional('rollover_fraction', (recurring as RecurringCommit).rollover_fraction),
    ...optional('applicable_product_ids', recurring.applicable_product_ids),
    ...optional('applicable_product_tags', recurring.applicable_product_tags),
    ...optional('specifiers', recurring.specifiers),
    ...optional('netsuite_sales_order_id', recurring.netsuite_sales_order_id),
    ...optional('hierarchy_configuration', recurring.hierarchy_configuration),
    ...optional('subscription_config', recurring.subscription_config),
  };
}

function accessScheduleOf(creditTypes: CreditTypeLookup, recurring: Recurring, id: string, occurrence: Occurrence) {
  return {
    credit_type: creditTypes(recurring.access_amount.credit_type_id, 'access_amount.credit_type_id'),
    schedule_items: [
      {
        id: nameBasedId(`metronome-local-recurring-segment:${id}`),
        amount: grantedAmount(recurring, occurrence, recurring.access_amount.unit_price, roundingOf(recurring, 'access')).toNumber(),
        starting_at: occurrence.access.startingAt.toISOString(),
        ending_before: occurrence.access.endingBefore.toISOString(),
      },
    ],
  };
}

function generatedId(kind: 'commit' | 'credit', recurring: Recurring, occurrence: Occurrence): string {
  return nameBasedId(`metronome-local-recurring-${kind}:${recurring.id}:${occurrence.covered.startingAt.toISOString()}`);
}

/**
 * The PREPAID commit a recurring commit creates for one period. With `invoice_amount` it is invoiced when the
 * period starts (unit price × the same quantity, prorated alike); without it, it is granted free of charge.
 */
function generatedCommit(creditTypes: CreditTypeLookup, contract: StoredContract, recurring: RecurringCommit, occurrence: Occurrence): StoredCommit {
  const id = generatedId('commit', recurring, occurrence);
  const invoiceAmount = recurring.invoice_amount;
  const invoiceQuantity = recurring.subscription_config ? occurrence.quantity : invoiceAmount?.quantity;
  return {
    id,
    type: 'PREPAID',
    ...inherited(contract, recurring),
    access_schedule: accessScheduleOf(creditTypes, recurring, id, occurrence),
    ...(invoiceAmount && invoiceQuantity !== undefined
      ? {
          invoice_schedule: {
            credit_type: creditTypes(invoiceAmount.credit_type_id, 'invoice_amount.credit_type_id'),
            schedule_items: [
              {
                id: nameBasedId(`metronome-local-recurring-invoice-item:${id}`),
                timestamp: occurrence.covered.startingAt.toISOString(),
                unit_price: invoiceAmount.unit_price,
                quantity: invoiceQuantity,
                amount: grantedAmount(
                  recurring,
                  { ...occurrence, quantity: invoiceQuantity },
                  invoiceAmount.unit_price,
                  roundingOf(recurring, 'invoice'),
                ).toNumber(),
              },
            ],
            do_not_invoice: false,
          },
          invoice_contract: { id: contract.id },
        }
      : {}),
    recurring_commit_id: recurring.id,
    created_at: occurrence.covered.startingAt.toISOString(),
  } as StoredCommit;
}

function generatedCredit(creditTypes: CreditTypeLookup, contract: StoredContract, recurring: RecurringCredit, occurrence: Occurrence): StoredCredit {
  const id = generatedId('credit', recurring, occurrence);
  return {
    id,
    type: 'CREDIT',
    ...inherited(contract, recurring),
    access_schedule: accessScheduleOf(creditTypes, recurring, id, occurrence),
    recurring_credit_id: recurring.id,
  } as StoredCredit;
}

/**
 * The commits and credits a contract's recurring commits and credits have created as of `now`. They are derived
 * from the recurring definitions on every read rather than stored — ids are name-based, so a generated commit
 * keeps its id, and ledger entries and invoices that name it stay attached — and an end date change that cuts
 * a recurrence removes the commits it would no longer create. Archiving the contract archives them with it.
 */
export function generatedBalances(db: Db, contract: StoredContract, now: Date): { commits: StoredCommit[]; credits: StoredCredit[] } {
  const archived = contract.archived_at !== undefined ? { archived_at: contract.archived_at } : {};
  const creditTypes = creditTypeLookup(db);
  const commits = (contract.current.recurring_commits ?? []).flatMap((recurring) =>
    occurrences(contract, recurring, now).map((occurrence) => ({ ...generatedCommit(creditTypes, contract, recurring, occurrence), ...archived })),
  );
  const credits = (contract.current.recurring_credits ?? []).flatMap((recurring) =>
    occurrences(contract, recurring, now).map((occurrence) => ({ ...generatedCredit(creditTypes, contract, recurring, occurrence), ...archived })),
  );
  return { commits, credits };
}

/** The contract's commits and credits as of `now`: the ones it was given, then the ones its recurrences created. */
export function contractBalances(db: Db, contract: StoredContract, now: Date): { commits: StoredCommit[]; credits: StoredCredit[] } {
  const generated = generatedBalances(db, contract, now);
  return {
    commits: [...contract.current.commits, ...generated.commits],
    credits: [...(contract.current.credits ?? []), ...generated.credits],
  };
}
