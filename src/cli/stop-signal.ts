/**
 * Resolves at the first Ctrl-C or SIGTERM, and stops listening then. Long-running commands
 * (`serve`, `worker`) take it before they announce themselves, so a stop sent as soon as they are
 * up finds them listening for it, not killed by the default action.
 */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
