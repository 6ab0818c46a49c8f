/** Expected failures are values: a parser returns ok with a value or not ok with issues. */
export interface Issue {
  code: string;
  message: string;
  path?: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, message: string, path?: string): Result<T> => ({
  ok: false,
  issues: [path === undefined ? { code, message } : { code, message, path }],
});
