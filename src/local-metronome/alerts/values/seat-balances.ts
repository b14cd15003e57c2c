import { Decimal } from '../../billing/money.js';
import type { Db } from '../../store/database.js';
import { USD_CENTS } from '../../store/credit-types.js';
import { registerAlertValue, type AlertMeasurement, type AlertValueInput } from '../alert-metrics.js';
import { seatScope } from '../scopes.js';

/** What a seat balance reader is asked: the seats of one seat group key, in one pricing unit, at `now`. */
export interface SeatBalanceQuery {
  db: Db;
  customerId: string;
  seatGroupKey: string;
  creditTypeId: string;
  now: Date;
}

/**
 * Reads, per seat id, what is left of the seat's shares of the customer's commits and credits allocated to each
 * seat (`subscription_config.allocation: INDIVIDUAL`) whose subscription identifies seats by `seatGroupKey`,
 * over the segments in force at `now`. `null` when it cannot be told.
 */
export type SeatBalanceReader = (query: SeatBalanceQuery) => Map<string, Decimal> | null;

let readSeatBalances: SeatBalanceReader = () => null;

/** Makes `reader` the source of seat balances (the billing engine provides it); returns the one it replaced. */
export function provideSeatBalances(reader: SeatBalanceReader): SeatBalanceReader {
  const replaced = readSeatBalances;
  readSeatBalances = reader;
  return replaced;
}

/**
 * `low_remaining_seat_balance_reached`: each seat is measured, and notifies, on its own. With a
 * `seat_group_value` the alert watches that one seat (0 when it holds no share of anything); without one, every
 * seat that holds a share.
 */
function seatBalanceAlert({ db, alert, customerId, now }: AlertValueInput): AlertMeasurement[] | null {
  const filter = alert.seat_filter;
  if (!filter) return [];
  const balances = readSeatBalances({ db, customerId, seatGroupKey: filter.seat_group_key, creditTypeId: alert.credit_type?.id ?? USD_CENTS.id, now });
  if (!balances) return null;
  const seats = filter.seat_group_value !== undefined ? [filter.seat_group_value] : [...balances.keys()].sort();
  return seats.map((seat) => {
    const remaining = balances.get(seat) ?? Decimal.ZERO;
    return {
      scope: seatScope(filter.seat_group_key, seat),
      value: remaining,
      properties: { seat_group_key: filter.seat_group_key, seat_group_value: seat, remaining_balance: remaining.toNumber() },
    };
  });
}

registerAlertValue('low_remaining_seat_balance_reached', seatBalanceAlert);
