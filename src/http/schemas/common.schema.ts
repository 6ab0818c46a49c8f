/**
 * Schemas shared by every route. Each is at once the validation of a request, the TypeScript type
 * (Static<…>) and a piece of the OpenAPI document. Request shapes refuse unknown fields; response
 * shapes let fields added later through (a claim may carry extra fields; see BRIEF.md).
 */
import { Type, type TSchema, type TProperties, type ObjectOptions } from '@sinclair/typebox';
import { ERROR_CATALOGUE, type ErrorCode } from '../../domain/errors.js';

/** A request body or query: unknown fields are an error, not ignored. */
export const Strict = <T extends TProperties>(props: T, options: ObjectOptions = {}) => Type.Object(props, { additionalProperties: false, ...options });

/** A response object: what is listed is typed; anything added later still passes through. */
export const Open = <T extends TProperties>(props: T, options: ObjectOptions = {}) => Type.Object(props, { additionalProperties: true, ...options });

export const Nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) => Type.Union([schema, Type.Null()], options);

export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD', examples: ['2025-06-11'] });

export const AsOf = Type.String({
  description: 'The ledger as known at the end of YYYY-MM-DD (UTC), or at an ISO timestamp; rebuilt from history.',
  examples: ['2025-12-31'],
  maxLength: 40,
});

export const Slug = Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 64, description: 'a party slug such as russia, ukraine, hamas' });

export const Version = Type.String({
  pattern: '^[A-Za-z0-9_-]{16}$',
  description: "A record's version as last read (the `version` field of an event or claim); the action is refused with 409 when the record changed since.",
});

export const ErrorBody = Type.Object(
  {
    code: Type.Union(
      (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).map((c) => Type.Literal(c)),
      { description: 'A stable code from the error catalogue: match on it, not on the message.' },
    ),
    message: Type.String({ description: 'One line saying what is wrong and where.' }),
    details: Type.Optional(
      Type.Object(
        {
          path: Type.Optional(Type.String({ description: 'The field the error is about, e.g. `body.count` or `query.from`.' })),
          issues: Type.Optional(Type.Array(Open({ code: Type.String(), message: Type.String(), path: Type.Optional(Type.String()) }))),
        },
        { additionalProperties: true },
      ),
    ),
  },
  { $id: 'Error', description: 'Every error the API returns.' },
);

/** The error responses a route may give, for the OpenAPI document. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref('Error')]));
}

export const Cursor = Type.String({ maxLength: 400, description: 'Opaque: the `next` of the previous page.' });
export const Limit = (max: number, dflt: number) => Type.Integer({ minimum: 1, maximum: max, default: dflt, description: `at most this many (1–${max}, default ${dflt})` });
