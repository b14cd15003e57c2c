import { settleCreditGrants } from '../../billing/credit-grant-ledger.js';
import { Decimal } from '../../billing/money.js';
import { creditGrantCollection, ledgerRowsOfGrant, type StoredCreditGrant } from '../../store/credit-grants.js';
import type { Db } from '../../store/database.js';
import { registerAlertValue, type AlertValueInput } from '../alert-metrics.js';

interface GrantStanding {
  granted: Decimal;
  remaining: Decimal;
}

/**
 * The customer's credit grants that count for the alert — live (not voided), in the alert's pricing unit, in
 * effect at `now` (effective_at ≤ now < expires_at) and, with `credit_grant_type_filters`, of one of those grant
 * types — each with what it granted and what is left of it after every deduction recorded, pending ones included
 * (a draft invoice's drawdown counts as soon as usage is ingested).
 */
function grantStandings({ db, alert, customerId, now }: AlertValueInput): GrantStanding[] {
  settleCreditGrants(db, customerId, now);
  const creditTypeId = alert.credit_type?.id;
  const grantTypes = alert.credit_grant_type_filters;
  return creditGrantCollection(db)
    .all(customerId)
    .filter(
      (grant) =>
        grant.voided_at === null &&
        grant.grant_amount.credit_type.id === creditTypeId &&
        Date.parse(grant.effective_at) <= now.getTime() &&
        now.getTime() < Date.parse(grant.expires_at) &&
        (grantTypes === undefined || (grant.credit_grant_type !== null && grantTypes.includes(grant.credit_grant_type))),
    )
    .map((grant) => ({ granted: Decimal.from(grant.grant_amount.amount), remaining: remainderOf(db, grant) }));
}

function remainderOf(db: Db, grant: StoredCreditGrant): Decimal {
  return Decimal.sum(
    ledgerRowsOfGrant(db, grant.id)
      .filter((row) => row.kind !== 'void')
      .map((row) => row.amount),
  );
}

/**
 * `low_credit_balance_reached`: what is left on the customer's counted grants, summed. A customer without credits
 * counts as one with 0 left, as Metronome documents.
 */
registerAlertValue('low_credit_balance_reached', (input) => {
  const remaining = Decimal.sum(grantStandings(input).map((standing) => standing.remaining));
  return [{ scope: '', value: remaining, properties: { remaining_balance: remaining.toNumber() } }];
});

/**
 * `low_remaining_credit_percentage_reached`: what is left on the counted grants as a percentage (0–100) of what
 * they granted. Without any counted grant the customer has 0% left.
 */
registerAlertValue('low_remaining_credit_percentage_reached', (input) => {
  const standings = grantStandings(input);
  const granted = Decimal.sum(standings.map((standing) => standing.granted));
  const remaining = Decimal.sum(standings.map((standing) => standing.remaining));
  const percentage = granted.isPositive() ? remaining.times(100).dividedBy(granted) : Decimal.ZERO;
  return [
    {
      scope: '',
      value: percentage,
      properties: { remaining_balance: remaining.toNumber(), remaining_percentage: percentage.toNumber() },
    },
  ];
});
