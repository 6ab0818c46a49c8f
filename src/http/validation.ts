/**
 * Request validation. Bodies are checked as sent: a number given as a string is a wrong type, an
 * unknown field an error (Fastify's defaults would coerce the one and drop the other silently).
 * Query strings and path parameters arrive as text, so there numbers are read from their digits.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import type { FastifySchemaCompiler } from 'fastify';
import type { Issue } from '../domain/errors.js';

const strictAjv = new Ajv({ allErrors: true, removeAdditional: false, coerceTypes: false, useDefaults: true, strict: false });
const textAjv = new Ajv({ allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true, strict: false });

export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => (httpPart === 'body' ? strictAjv : textAjv).compile(schema) as ValidateFunction;

interface AjvError {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Schema failures as issues naming the field (`body.count`, `query.from`). */
export function issuesFrom(errors: readonly AjvError[], where: string): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const v of errors) {
    let path = `${where}${(v.instancePath ?? '').replace(/\//g, '.')}`;
    let message = v.message ?? 'is not valid';
    if (v.keyword === 'additionalProperties' && typeof v.params?.additionalProperty === 'string') {
      path += `.${v.params.additionalProperty}`;
      message = 'is not a field this route knows';
    } else if (v.keyword === 'required' && typeof v.params?.missingProperty === 'string') {
      path += `.${v.params.missingProperty}`;
      message = 'is required';
    } else if (v.keyword === 'const' || v.keyword === 'anyOf' || v.keyword === 'enum') {
      message = 'is not one of the allowed values';
    }
    const text = `${path} ${message}`;
    // A union reports each branch's failure; one line per field and reason is enough.
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ code: 'INPUT_INVALID', path, message: text });
  }
  return out;
}

/** Checks a value against a body schema by hand (for routes whose body shape depends on its media type). */
export function bodyChecker(schema: TSchema): (value: unknown) => Issue[] | null {
  const validate = strictAjv.compile(schema);
  return (value) => (validate(value) ? null : issuesFrom((validate.errors ?? []) as AjvError[], 'body'));
}
