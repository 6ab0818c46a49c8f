/** The server's default limits, apart from the server itself so the CLI can name them without loading it. */

/** Requests a minute per token or session, per address without one, and sign-in attempts a minute per address. */
export const DEFAULT_RATE_LIMIT = { perToken: 600, perAddress: 300, signIn: 10 };
