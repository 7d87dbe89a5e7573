/** An AbortSignal that Ctrl-C or SIGTERM aborts (long-running commands stop cleanly); dispose() removes the handlers. */
export function abortOnSignals(): { readonly signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}
