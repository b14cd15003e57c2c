import type { AuditLogListResponse } from '@metronome/sdk/resources/v1/audit-logs';
import { builder } from './builder.js';
import { connectionType, pagingArgs, resolveCursorConnection } from './pagination.js';

const AuditLogActor = builder.objectRef<AuditLogListResponse.Actor>('AuditLogActor').implement({
  description: 'Who performed an action: a user of the Metronome app or an API token.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the actor.' }),
    name: t.exposeString('name', { description: 'The name of the actor.' }),
    email: t.string({ nullable: true, description: 'The email address of the actor, if it has one.', resolve: (a) => a.email ?? null }),
  }),
});

const AuditLogRequest = builder.objectRef<AuditLogListResponse.Request>('AuditLogRequest').implement({
  description: 'The request an action was made with.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'The ID of the request.' }),
    ip: t.string({ nullable: true, description: 'The IP address the request came from.', resolve: (r) => r.ip ?? null }),
    userAgent: t.string({ nullable: true, description: 'The user agent of the request.', resolve: (r) => r.user_agent ?? null }),
  }),
});

const AuditLogStatus = builder.enumType('AuditLogStatus', {
  description: 'Whether the action succeeded.',
  values: ['success', 'failure', 'pending'] as const,
});

const AuditLogSort = builder.enumType('AuditLogSort', {
  description: 'Sort order by timestamp.',
  values: ['date_asc', 'date_desc'] as const,
});

const AuditLog = builder.objectRef<AuditLogListResponse>('AuditLog').implement({
  description:
    'One entry of the audit trail of your Metronome account: who did what to which resource and when, through the API, the web interface or automated processes.',
  fields: (t) => ({
    metronomeId: t.exposeString('id', { description: 'Unique identifier for the audit log entry' }),
    timestamp: t.field({ type: 'DateTime', description: 'When the action occurred', resolve: (log) => log.timestamp }),
    action: t.string({ nullable: true, description: 'The operation performed', resolve: (log) => log.action ?? null }),
    actor: t.field({
      type: AuditLogActor,
      nullable: true,
      description: 'Information about who performed the action',
      resolve: (log) => log.actor ?? null,
    }),
    description: t.string({ nullable: true, description: 'A description of the action.', resolve: (log) => log.description ?? null }),
    resourceType: t.string({
      nullable: true,
      description: 'The type of resource affected (e.g., customer, contract, invoice)',
      resolve: (log) => log.resource_type ?? null,
    }),
    resourceId: t.string({ nullable: true, description: 'The specific resource identifier', resolve: (log) => log.resource_id ?? null }),
    status: t.field({ type: AuditLogStatus, nullable: true, description: 'Whether the action succeeded.', resolve: (log) => log.status ?? null }),
    request: t.field({
      type: AuditLogRequest,
      description: 'Details including request ID, IP address, and user agent',
      resolve: (log) => log.request,
    }),
  }),
});

const MAX_PAGE = 100;
const AuditLogConnection = connectionType('AuditLog', AuditLog, 'A page of the audit log.');

builder.queryField('auditLogs', (t) =>
  t.field({
    type: AuditLogConnection,
    description:
      'The audit trail of all operations performed in your Metronome account (`GET /v1/auditLogs`): who did what and when, through the API, the web interface or automated processes. Metronome always returns a next page token so that a poller can resume: here an empty page ends the list (`hasNextPage` false), and a later request `after` the last cursor returns the entries logged since.',
    args: {
      ...pagingArgs(t.arg, MAX_PAGE),
      startingOn: t.arg({
        type: 'DateTime',
        required: false,
        description: 'RFC 3339 timestamp of the earliest audit log to return (inclusive).',
      }),
      endingBefore: t.arg({
        type: 'DateTime',
        required: false,
        description: 'RFC 3339 timestamp of the latest audit log to return (exclusive).',
      }),
      sort: t.arg({ type: AuditLogSort, required: false, description: 'Sort order by timestamp, e.g. date_asc or date_desc. Defaults to date_asc.' }),
      resourceType: t.arg.string({
        required: false,
        description: 'Only audit logs of this type of resource (e.g. customer); requires resourceId.',
      }),
      resourceId: t.arg.string({ required: false, description: 'Only audit logs of this resource; requires resourceType.' }),
    },
    resolve: (_root, args, { api }) => {
      const from = args.startingOn ? Date.parse(args.startingOn) : -Infinity;
      const to = args.endingBefore ? Date.parse(args.endingBefore) : Infinity;
      const inRange = (log: AuditLogListResponse) => Date.parse(log.timestamp) >= from && Date.parse(log.timestamp) < to;
      return resolveCursorConnection(args, MAX_PAGE, async ({ limit, nextPage }) => {
        const page = await api.auditLogs.list({
          limit,
          next_page: nextPage,
          // Metronome refuses the date range together with a next page token.
          ...(nextPage === undefined
            ? { starting_on: args.startingOn ?? undefined, ending_before: args.endingBefore ?? undefined }
            : {}),
          sort: args.sort ?? undefined,
          resource_type: args.resourceType ?? undefined,
          resource_id: args.resourceId ?? undefined,
        });
        // The token is always there: the list ends at a page short of the limit (it has caught up with the log), or
        // where entries leave the date range (checked here too, in case a token does not carry the range).
        const data = page.data.filter(inRange);
        return data.length < limit || data.length < page.data.length ? { data, next_page: null } : page;
      });
    },
  }),
);
