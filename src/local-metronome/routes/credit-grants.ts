import type {
  CreditGrantCreateParams,
  CreditGrantEditParams,
  CreditGrantListEntriesParams,
  CreditGrantListEntriesResponse,
  CreditGrantListParams,
  CreditGrantVoidParams,
} from '@metronome/sdk/resources/v1/credit-grants';
import {
  creditTypeLedgerWindow,
  CreditGrantPresenter,
  creditTypesWithGrants,
  customersWithCreditGrants,
  settleCreditGrants,
  voidCreditGrant,
} from '../billing/credit-grant-ledger.js';
import { BadRequestError } from '../http/api-error.js';
import { billCustomer } from '../billing/invoice-engine.js';
import type { Domain } from '../http/route.js';
import { defineRoute } from '../http/route.js';
import { API_TOKEN_ACTOR } from '../store/audit-log.js';
import { getCreditType } from '../store/credit-types.js';
import {
  creditGrantCollection,
  creditGrantSchema,
  insertCreditGrant,
  releaseUniquenessKey,
  requireLiveCreditGrant,
} from '../store/credit-grants.js';
import { customerStore, requireCustomer } from '../store/customers.js';
import type { Db } from '../store/database.js';
import { pageOfList } from '../store/list-paging.js';

interface PageQuery {
  limit?: number;
  next_page?: string;
}

type ListGrantsBody = Omit<CreditGrantListParams, 'limit' | 'next_page'>;
type ListEntriesBody = Omit<CreditGrantListEntriesParams, 'next_page' | 'sort'>;

/**
 * Before a grant's balance or ledger is read: plan invoices that finalized since the last read post their
 * deductions (billing the customer does that), and grants due by now are issued or expired.
 */
function bringLedgerUpToDate(db: Db, customerId: string, now: Date): void {
  if (customerStore(db).find(customerId)) billCustomer(db, customerId, now, { persist: true });
  settleCreditGrants(db, customerId, now);
}

export const creditGrants: Domain = {
  name: 'credit-grants',
  schemas: [creditGrantSchema],
  routes: [
    defineRoute<CreditGrantCreateParams>({
      operation: 'POST /v1/credits/createGrant',
      kind: 'write',
      audit: { resourceType: 'credit_grant', action: 'create' },
      handle({ db, body, now, emit }) {
        const grant = insertCreditGrant(
          db,
          {
            customer_id: body.customer_id,
            name: body.name,
            grant_amount: body.grant_amount,
            paid_amount: body.paid_amount,
            effective_at: body.effective_at ? new Date(body.effective_at) : now,
            expires_at: new Date(body.expires_at),
            priority: body.priority,
            ...(body.reason !== undefined ? { reason: body.reason } : {}),
            ...(body.credit_grant_type !== undefined ? { credit_grant_type: body.credit_grant_type } : {}),
            ...(body.product_ids !== undefined ? { product_ids: body.product_ids } : {}),
            ...(body.uniqueness_key !== undefined ? { uniqueness_key: body.uniqueness_key } : {}),
            ...(body.rollover_settings ? { rollover_settings: body.rollover_settings } : {}),
            ...(body.invoice_date !== undefined ? { invoice_date: body.invoice_date } : {}),
            ...(body.custom_fields ? { custom_fields: body.custom_fields } : {}),
            created_by: API_TOKEN_ACTOR.name,
          },
          now,
        );
        emit('customer.changed', { customerId: grant.customer_id, reason: 'credit_grant_created' });
        return { data: { id: grant.id } };
      },
    }),

    defineRoute<CreditGrantEditParams>({
      operation: 'POST /v1/credits/editGrant',
      kind: 'write',
      audit: { resourceType: 'credit_grant', action: 'edit' },
      handle({ db, body, emit }) {
        const grant = requireLiveCreditGrant(db, body.id);
        if (body.expires_at !== undefined && Date.parse(body.expires_at) <= Date.parse(grant.effective_at))
          throw new BadRequestError('expires_at must be after the grant\'s effective_at');
        creditGrantCollection(db).update({
          ...grant,
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.expires_at !== undefined ? { expires_at: new Date(body.expires_at).toISOString() } : {}),
          ...(body.credit_grant_type !== undefined ? { credit_grant_type: body.credit_grant_type } : {}),
        });
        emit('customer.changed', { customerId: grant.customer_id, reason: 'credit_grant_edited' });
        return { data: { id: grant.id } };
      },
    }),

    defineRoute<CreditGrantVoidParams>({
      operation: 'POST /v1/credits/voidGrant',
      kind: 'write',
      audit: { resourceType: 'credit_grant', action: 'void' },
      handle({ db, body, now, emit }) {
        const grant = voidCreditGrant(db, requireLiveCreditGrant(db, body.id), now);
        if (body.release_uniqueness_key) releaseUniquenessKey(db, grant.id);
        emit('customer.changed', { customerId: grant.customer_id, reason: 'credit_grant_voided' });
        return { data: { id: grant.id } };
      },
    }),

    defineRoute<ListGrantsBody, PageQuery>({
      operation: 'POST /v1/credits/listGrants',
      kind: 'read',
      handle({ db, body, query, now }) {
        if (body.credit_grant_ids !== undefined && (body.customer_ids !== undefined || body.credit_type_ids !== undefined))
          throw new BadRequestError('credit_grant_ids cannot be combined with customer_ids or credit_type_ids');
        for (const customerId of body.customer_ids ?? customersWithCreditGrants(db)) bringLedgerUpToDate(db, customerId, now);
        const ids = body.credit_grant_ids && new Set(body.credit_grant_ids);
        const customers = body.customer_ids && new Set(body.customer_ids);
        const creditTypes = body.credit_type_ids && new Set(body.credit_type_ids);
        const effectiveBefore = body.effective_before ? Date.parse(body.effective_before) : undefined;
        const notExpiringBefore = body.not_expiring_before ? Date.parse(body.not_expiring_before) : undefined;
        const page = creditGrantCollection(db).page({
          where: (grant) =>
            grant.voided_at === null &&
            (!ids || ids.has(grant.id)) &&
            (!customers || customers.has(grant.customer_id)) &&
            (!creditTypes || creditTypes.has(grant.grant_amount.credit_type.id)) &&
            (effectiveBefore === undefined || Date.parse(grant.effective_at) < effectiveBefore) &&
            (notExpiringBefore === undefined || Date.parse(grant.expires_at) >= notExpiringBefore),
          limit: query.limit,
          nextPage: query.next_page,
        });
        const presenter = new CreditGrantPresenter(db, now);
        return { data: page.data.map((grant) => presenter.present(grant)), next_page: page.next_page };
      },
    }),

    defineRoute<ListEntriesBody, { next_page?: string; sort?: 'asc' | 'desc' }>({
      operation: 'POST /v1/credits/listEntries',
      kind: 'read',
      handle({ db, body, query, now }) {
        const startingOn = body.starting_on ? new Date(body.starting_on) : undefined;
        const endingBefore = body.ending_before ? new Date(body.ending_before) : undefined;
        if (endingBefore && endingBefore.getTime() > now.getTime())
          throw new BadRequestError('ending_before must not be in the future');
        if (startingOn && endingBefore && startingOn.getTime() >= endingBefore.getTime())
          throw new BadRequestError('starting_on must be before ending_before');
        for (const customerId of body.customer_ids ?? []) requireCustomer(db, customerId);
        for (const creditTypeId of body.credit_type_ids ?? []) getCreditType(db, creditTypeId);

        const customerIds = body.customer_ids ? [...new Set(body.customer_ids)] : customersWithCreditGrants(db);
        const ledgersOf = (customerId: string): CreditGrantListEntriesResponse => {
          bringLedgerUpToDate(db, customerId, now);
          const creditTypes = creditTypesWithGrants(db, customerId).filter(
            (creditType) => !body.credit_type_ids || body.credit_type_ids.includes(creditType.id),
          );
          return {
            customer_id: customerId,
            ledgers: creditTypes.map((creditType) =>
              creditTypeLedgerWindow(db, customerId, creditType, {
                now,
                ...(startingOn ? { startingOn } : {}),
                ...(endingBefore ? { endingBefore } : {}),
                descending: query.sort === 'desc',
              }),
            ),
          };
        };
        // Asked-for customers are listed even with no ledgers; otherwise only customers that have some.
        const listed = customerIds.map(ledgersOf).filter((customer) => body.customer_ids || customer.ledgers.length > 0);
        return pageOfList(listed, { nextPage: query.next_page }, (customer) => customer.customer_id);
      },
    }),
  ],
};
