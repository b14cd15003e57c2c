import type {
  NamedScheduleRetrieveParams as CustomerScheduleGet,
  NamedScheduleUpdateParams as CustomerScheduleUpdate,
} from '@metronome/sdk/resources/v1/customers/named-schedules';
// The SDK files these the other way round: `contracts/rate-cards` holds the contract's, `contracts` the rate card's.
import type {
  NamedScheduleRetrieveParams as ContractScheduleGet,
  NamedScheduleUpdateParams as ContractScheduleUpdate,
} from '@metronome/sdk/resources/v1/contracts/rate-cards/named-schedules';
import type {
  NamedScheduleRetrieveParams as RateCardScheduleGet,
  NamedScheduleUpdateParams as RateCardScheduleUpdate,
} from '@metronome/sdk/resources/v1/contracts/named-schedules';
import { BadRequestError, NotFoundError } from '../http/api-error.js';
import { defineRoute, type Domain } from '../http/route.js';
import type { Db } from '../store/database.js';
import { Collection } from '../store/documents.js';
import { requireCustomer } from '../store/customers.js';
import { requireRateCard } from '../store/rate-cards.js';
import {
  namedScheduleSchema,
  namedScheduleSegments,
  segmentCovering,
  updateNamedSchedule,
  type ScheduleOwner,
  type ScheduleSegment,
} from '../store/named-schedules.js';

/** Fancy schedules: contract schedules may be qualified by string properties (`ff:fancy-schedules-enabled`). */
type Qualified = { properties?: Record<string, string> };

function contractOwner(db: Db, customerId: string, contractId: string): ScheduleOwner {
  requireCustomer(db, customerId);
  const contracts = new Collection(db, 'contract');
  if (!contracts.find(contractId) || contracts.parentOf(contractId) !== customerId)
    throw new NotFoundError(`Contract not found: ${contractId} (customer ${customerId})`);
  return { kind: 'contract', id: contractId };
}

function rateCardOwner(db: Db, rateCardId: string): ScheduleOwner {
  requireRateCard(db, rateCardId);
  return { kind: 'rate_card', id: rateCardId };
}

function scheduleResponse(segments: ScheduleSegment[], coveringDate: string | undefined) {
  if (coveringDate === undefined) return { data: segments };
  const covering = segmentCovering(segments, new Date(coveringDate));
  return { data: covering ? [covering] : [] };
}

function segmentOf(body: { starting_at: string; ending_before?: string; value: unknown }): ScheduleSegment {
  const startingAt = new Date(body.starting_at);
  const endingBefore = body.ending_before === undefined ? undefined : new Date(body.ending_before);
  if (endingBefore && endingBefore.getTime() <= startingAt.getTime())
    throw new BadRequestError('ending_before must be after starting_at');
  return {
    starting_at: startingAt.toISOString(),
    ...(endingBefore ? { ending_before: endingBefore.toISOString() } : {}),
    value: body.value,
  };
}

export const namedSchedules: Domain = {
  name: 'named-schedules',
  schemas: [namedScheduleSchema],
  routes: [
    defineRoute<CustomerScheduleGet>({
      operation: 'POST /v1/customers/getNamedSchedule',
      kind: 'read',
      handle({ db, body }) {
        requireCustomer(db, body.customer_id);
        const owner: ScheduleOwner = { kind: 'customer', id: body.customer_id };
        return scheduleResponse(namedScheduleSegments(db, owner, body.schedule_name), body.covering_date);
      },
    }),

    defineRoute<CustomerScheduleUpdate>({
      operation: 'POST /v1/customers/updateNamedSchedule',
      kind: 'write',
      audit: { resourceType: 'customer', action: 'updateNamedSchedule', resourceId: ({ body }) => body.customer_id },
      handle({ db, body }) {
        requireCustomer(db, body.customer_id);
        updateNamedSchedule(db, { kind: 'customer', id: body.customer_id }, body.schedule_name, segmentOf(body));
        return undefined;
      },
    }),

    defineRoute<ContractScheduleGet & Qualified>({
      operation: 'POST /v1/contracts/getNamedSchedule',
      kind: 'read',
      handle({ db, body }) {
        const owner = contractOwner(db, body.customer_id, body.contract_id);
        return scheduleResponse(namedScheduleSegments(db, owner, body.schedule_name, body.properties), body.covering_date);
      },
    }),

    defineRoute<ContractScheduleUpdate & Qualified>({
      operation: 'POST /v1/contracts/updateNamedSchedule',
      kind: 'write',
      audit: { resourceType: 'contract', action: 'updateNamedSchedule', resourceId: ({ body }) => body.contract_id },
      handle({ db, body }) {
        const owner = contractOwner(db, body.customer_id, body.contract_id);
        updateNamedSchedule(db, owner, body.schedule_name, segmentOf(body), body.properties);
        return undefined;
      },
    }),

    defineRoute<RateCardScheduleGet>({
      operation: 'POST /v1/contract-pricing/rate-cards/getNamedSchedule',
      kind: 'read',
      handle({ db, body }) {
        const owner = rateCardOwner(db, body.rate_card_id);
        return scheduleResponse(namedScheduleSegments(db, owner, body.schedule_name), body.covering_date);
      },
    }),

    defineRoute<RateCardScheduleUpdate>({
      operation: 'POST /v1/contract-pricing/rate-cards/updateNamedSchedule',
      kind: 'write',
      audit: { resourceType: 'rate_card', action: 'updateNamedSchedule', resourceId: ({ body }) => body.rate_card_id },
      handle({ db, body }) {
        const owner = rateCardOwner(db, body.rate_card_id);
        updateNamedSchedule(db, owner, body.schedule_name, segmentOf(body));
        return undefined;
      },
    }),
  ],
};
