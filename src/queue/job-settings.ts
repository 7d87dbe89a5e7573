/** How the queue treats a failing or stuck article job. */
export interface JobSettings {
  /** Retries after the first attempt; then the job is failed and its item reported. */
  readonly retryLimit: number;
  /** Seconds before the first retry (doubling with backoff): time for a restarting database to come back. */
  readonly retryDelaySeconds: number;
  /**
   * Seconds a job may stay active. A worker killed mid-job (kill -9, a lost machine) cannot report; its job is
   * expired after this and retried by another worker, so it bounds how late such a job finishes.
   */
  readonly timeoutSeconds: number;
}

// 2 retries: a transient fault (restart, lost connection) gets two more chances; a poison article costs 3 attempts.
// 2 s doubling: a database restart takes seconds. 120 s: one article's analysis takes well under a second and its
// wait for the story lock a few seconds, so a job active for two minutes belongs to a dead worker.
export const DEFAULT_JOB_SETTINGS: JobSettings = { retryLimit: 2, retryDelaySeconds: 2, timeoutSeconds: 120 };
