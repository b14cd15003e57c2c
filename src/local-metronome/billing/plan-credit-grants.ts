import type { Db, StoreSchema } from '../store/database.js';
import { billingPeriodStart, customerPlanCollection } from '../store/customer-plans.js';
import { insertCreditGrant, METRONOME_SYSTEM } from '../store/credit-grants.js';
import { planCollection } from '../store/plans.js';

/**
 * `plan_credit_grant_issues`: which recurrence of which of a plan's credit grants a customer plan has already
 * been issued, so each is issued exactly once.
 */
export const planCreditGrantIssuesSchema: StoreSchema = {
  name: 'plan-credit-grant-issues',
  sql: `
    CREATE TABLE IF NOT EXISTS plan_credit_grant_issues (
      customer_plan_id TEXT NOT NULL,
      plan_grant_index INTEGER NOT NULL,
      recurrence INTEGER NOT NULL,
      credit_grant_id TEXT NOT NULL,
      PRIMARY KEY (customer_plan_id, plan_grant_index, recurrence)
    );
  `,
};

/**
 * Issues the credit grants the customer's plans carry and that are due by `now`. Each of a plan's credit grants
 * is issued at the customer plan's start (even when that start is still to come), and, when it recurs every
 * `recurrence_interval` periods, again at the start of each such period once that start has come — for
 * `recurrence_duration` periods when the plan says so, never at or after the customer plan's end. Each grant is
 * effective for `effective_duration` billing periods. Returns the ids of the grants issued now.
 */
export function issueDuePlanCreditGrants(db: Db, customerId: string, now: Date): string[] {
  const issued: string[] = [];
  const alreadyIssued = db.prepare(
    'SELECT 1 FROM plan_credit_grant_issues WHERE customer_plan_id = ? AND plan_grant_index = ? AND recurrence = ?',
  );
  const recordIssue = db.prepare(
    'INSERT INTO plan_credit_grant_issues (customer_plan_id, plan_grant_index, recurrence, credit_grant_id) VALUES (?, ?, ?, ?)',
  );
  for (const customerPlan of customerPlanCollection(db).all(customerId)) {
    const plan = planCollection(db).get(customerPlan.plan_id);
    const planEnd = customerPlan.ending_before ? Date.parse(customerPlan.ending_before) : Number.POSITIVE_INFINITY;
    plan.credit_grants.forEach((spec, grantIndex) => {
      for (let recurrence = 0; ; recurrence += 1) {
        if (recurrence > 0 && spec.recurrence_interval === undefined) break;
        const period = recurrence * (spec.recurrence_interval ?? 0);
        if (recurrence > 0 && spec.recurrence_duration !== undefined && period >= spec.recurrence_duration) break;
        const start = billingPeriodStart(customerPlan, plan, period);
        if (start.getTime() >= planEnd) break;
        if (recurrence > 0 && start.getTime() > now.getTime()) break;
        if (alreadyIssued.get(customerPlan.id, grantIndex, recurrence)) continue;
        const grant = insertCreditGrant(
          db,
          {
            customer_id: customerId,
            name: spec.name,
            grant_amount: { amount: spec.amount_granted, credit_type_id: spec.amount_granted_credit_type.id },
            paid_amount: { amount: spec.amount_paid, credit_type_id: spec.amount_paid_credit_type.id },
            effective_at: start,
            expires_at: billingPeriodStart(customerPlan, plan, period + spec.effective_duration),
            priority: Number(spec.priority),
            ...(spec.reason !== undefined ? { reason: spec.reason } : {}),
            created_by: METRONOME_SYSTEM,
          },
          now,
        );
        recordIssue.run(customerPlan.id, grantIndex, recurrence, grant.id);
        issued.push(grant.id);
      }
    });
  }
  return issued;
}
