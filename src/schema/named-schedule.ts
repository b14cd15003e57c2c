import type { NamedScheduleRetrieveResponse } from '@metronome/sdk/resources/v1/customers/named-schedules';
import type { ArgBuilder } from '@pothos/core';
import { builder, type GatewaySchemaTypes } from './builder.js';
import { Contract } from './contract.js';
import { Customer } from './customer.js';
import { idempotencyKeyArg } from './mutation.js';
import { compositeId } from './node.js';
import { RateCard } from './rate-card.js';

/**
 * Named schedules: named timelines of values (a number, a string, any JSON) that a customer, a contract or a rate
 * card carries, e.g. a reserved capacity that changes over time. Metronome answers each schedule as its segments.
 */
const NamedScheduleSegment = builder.objectRef<NamedScheduleRetrieveResponse.Data>('NamedScheduleSegment').implement({
  description: 'One segment of a named schedule: the value it holds from `startingAt` until `endingBefore`.',
  fields: (t) => ({
    startingAt: t.field({ type: 'DateTime', description: 'When the segment starts (inclusive).', resolve: (s) => s.starting_at }),
    endingBefore: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the segment ends (exclusive); null when it runs forever.',
      resolve: (s) => s.ending_before ?? null,
    }),
    value: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The value of the schedule over the segment. The structure of this value is specific to the named schedule.',
      resolve: (s) => s.value ?? null,
    }),
  }),
});

/** The arguments of every `namedSchedule` field. */
function scheduleArgs(arg: ArgBuilder<GatewaySchemaTypes>) {
  return {
    name: arg.string({ required: true, description: 'The identifier for the schedule to be retrieved' }),
    coveringDate: arg({
      type: 'DateTime',
      required: false,
      description:
        'If provided, at most one schedule segment will be returned (the one that covers this date). If not provided, all segments will be returned.',
    }),
  };
}

builder.objectField(Customer, 'namedSchedule', (t) =>
  t.field({
    type: [NamedScheduleSegment],
    description:
      "A named schedule of the customer (`POST /v1/customers/getNamedSchedule`): its segments, or the one covering `coveringDate`; empty when it was never set. This endpoint's availability is dependent on your client's configuration.",
    args: scheduleArgs(t.arg),
    resolve: async (customer, args, { api }) =>
      (
        await api.customers.getNamedSchedule({
          customer_id: customer.id,
          schedule_name: args.name,
          covering_date: args.coveringDate ?? undefined,
        })
      ).data,
  }),
);

builder.objectField(Contract, 'namedSchedule', (t) =>
  t.field({
    type: [NamedScheduleSegment],
    description:
      "A named schedule of the contract (`POST /v1/contracts/getNamedSchedule`): its segments, or the one covering `coveringDate`; empty when it was never set. This endpoint's availability is dependent on your client's configuration.",
    args: scheduleArgs(t.arg),
    resolve: async (contract, args, { api }) =>
      (
        await api.contracts.getNamedSchedule({
          customer_id: contract.customer_id,
          contract_id: contract.id,
          schedule_name: args.name,
          covering_date: args.coveringDate ?? undefined,
        })
      ).data,
  }),
);

builder.objectField(RateCard, 'namedSchedule', (t) =>
  t.field({
    type: [NamedScheduleSegment],
    description:
      "A named schedule of the rate card (`POST /v1/contract-pricing/rate-cards/getNamedSchedule`): its segments, or the one covering `coveringDate`; empty when it was never set. This endpoint's availability is dependent on your client's configuration.",
    args: scheduleArgs(t.arg),
    resolve: async (card, args, { api }) =>
      (
        await api.rateCards.getNamedSchedule({
          rate_card_id: card.id,
          schedule_name: args.name,
          covering_date: args.coveringDate ?? undefined,
        })
      ).data,
  }),
);

const SCHEDULE_WRITE = {
  scheduleName: 'The identifier for the schedule to be updated',
  startingAt: 'When the new value starts to apply (inclusive).',
  endingBefore: 'When the new value stops applying (exclusive); forever when left out.',
  value: 'The value to set for the named schedule. The structure of this object is specific to the named schedule.',
};

builder.mutationFields((t) => {
  /** The window and value every update takes, as the REST body has them. */
  const segmentArgs = {
    scheduleName: t.arg.string({ required: true, description: SCHEDULE_WRITE.scheduleName }),
    startingAt: t.arg({ type: 'DateTime', required: true, description: SCHEDULE_WRITE.startingAt }),
    endingBefore: t.arg({ type: 'DateTime', required: false, description: SCHEDULE_WRITE.endingBefore }),
    value: t.arg({ type: 'JSON', required: true, description: SCHEDULE_WRITE.value }),
    idempotencyKey: t.arg(idempotencyKeyArg),
  };
  type SegmentArgs = { scheduleName: string; startingAt: string; endingBefore?: string | null; value?: unknown };
  const segmentBody = (args: SegmentArgs) => ({
    schedule_name: args.scheduleName,
    starting_at: args.startingAt,
    ending_before: args.endingBefore ?? undefined,
    value: args.value,
  });

  return {
    updateCustomerNamedSchedule: t.field({
      type: Customer,
      description:
        "Set a value over a window of a customer's named schedule (`POST /v1/customers/updateNamedSchedule`): segments it overlaps are cut back to what lies outside it. Answers the customer. This endpoint's availability is dependent on your client's configuration.",
      args: {
        customerId: t.arg.string({ required: true, description: 'ID of the customer whose named schedule is to be updated' }),
        ...segmentArgs,
      },
      resolve: async (_root, args, { api }) => {
        await api.customers.updateNamedSchedule(
          { customer_id: args.customerId, ...segmentBody(args) },
          { idempotencyKey: args.idempotencyKey ?? undefined },
        );
        return args.customerId;
      },
    }),
    updateContractNamedSchedule: t.field({
      type: Contract,
      description:
        "Set a value over a window of a contract's named schedule (`POST /v1/contracts/updateNamedSchedule`): segments it overlaps are cut back to what lies outside it. Answers the contract. This endpoint's availability is dependent on your client's configuration.",
      args: {
        customerId: t.arg.string({ required: true, description: 'ID of the customer whose named schedule is to be updated' }),
        contractId: t.arg.string({ required: true, description: 'ID of the contract whose named schedule is to be updated' }),
        ...segmentArgs,
      },
      resolve: async (_root, args, { api }) => {
        await api.contracts.updateNamedSchedule(
          { customer_id: args.customerId, contract_id: args.contractId, ...segmentBody(args) },
          { idempotencyKey: args.idempotencyKey ?? undefined },
        );
        return compositeId(args.customerId, args.contractId);
      },
    }),
    updateRateCardNamedSchedule: t.field({
      type: RateCard,
      description:
        "Set a value over a window of a rate card's named schedule (`POST /v1/contract-pricing/rate-cards/updateNamedSchedule`): segments it overlaps are cut back to what lies outside it. Answers the rate card. This endpoint's availability is dependent on your client's configuration.",
      args: {
        rateCardId: t.arg.string({ required: true, description: 'ID of the rate card whose named schedule is to be updated' }),
        ...segmentArgs,
      },
      resolve: async (_root, args, { api }) => {
        await api.rateCards.updateNamedSchedule(
          { rate_card_id: args.rateCardId, ...segmentBody(args) },
          { idempotencyKey: args.idempotencyKey ?? undefined },
        );
        return args.rateCardId;
      },
    }),
  };
});
