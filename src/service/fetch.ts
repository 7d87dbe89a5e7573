import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { isPrivateAddress } from './address.ts';

export interface FetchOptions {
  /** Whole request, headers and body, per attempt (ms). */
  readonly timeoutMs: number;
  /** Largest body accepted, after decompression (bytes). */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Extra attempts after a network error, timeout, 429 or 5xx. */
  readonly retries: number;
  /** First retry waits this long; each further one twice as long (ms). */
  readonly backoffMs: number;
  /** Least time between two requests to one host (ms). */
  readonly politenessMs: number;
  /** Let requests reach loopback/private/link-local addresses (tests, intranet feeds). */
  readonly allowPrivate: boolean;
  readonly userAgent: string;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  // 15 s: a healthy news site answers in well under a second; past 15 s it is down or tarpitting us.
  timeoutMs: 15_000,
  // 10 MB: twice a heavy article page; a feed or page larger than that is not something we should parse.
  maxBytes: 10 * 1024 * 1024,
  // 5: more than real sites chain (http→https→www→canonical); beyond that it is a loop.
  maxRedirects: 5,
  // 2 retries at 1 s then 2 s: rides out a restart or a brief 503 without hammering a struggling host.
  retries: 2,
  backoffMs: 1_000,
  // 1 s between requests to one host: the usual crawler courtesy; a feed poll is a handful of requests.
  politenessMs: 1_000,
  allowPrivate: false,
  userAgent: 'Crosscheck/0.1 (+https://github.com/crosscheck; news brief reader)',
};

export interface FetchRequest {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly accept?: string;
}

export interface FetchResponse {
  /** Final URL after redirects. */
  readonly url: string;
  readonly status: number;
  /** 304: the caller's ETag/Last-Modified still hold; body is empty. */
  readonly notModified: boolean;
  readonly contentType?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly body: Uint8Array;
}

/** A fetch that failed; the message names the URL and what went wrong. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly retryable: boolean,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** Clock and sleep are injectable so politeness and backoff can be tested without waiting. */
export interface Timing {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realTiming: Timing = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/**
 * When the next request to a host may start. One process keeps the schedule in memory (LocalHostSchedule); workers
 * that share a database share one schedule there (src/queue/host-schedule.ts), so N workers fetching from one site
 * still make one request per interval, not N.
 */
export interface HostSchedule {
  /** Takes the host's next free slot, at least `spacingMs` after the slot taken before it; resolves to the time to
   * wait (ms) until that slot starts. */
  reserve(host: string, spacingMs: number): Promise<number>;
}

/** The schedule of one process: each host's next free slot, in memory. */
export class LocalHostSchedule implements HostSchedule {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  reserve(host: string, spacingMs: number): Promise<number> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + spacingMs);
    return Promise.resolve(slot - now);
  }
}

/**
 * HTTP(S) GET for untrusted URLs: refuses non-http schemes and private addresses (checked on the resolved address,
 * at connect time, so DNS tricks cannot slip past), follows at most N redirects, caps time and body size, retries
 * transient failures with exponential backoff and spaces requests to one host. One Fetcher per run: the per-host
 * schedule is the instance's (in memory by default, or one shared by many workers), not a module global.
 */
export class Fetcher {
  readonly options: FetchOptions;

  constructor(
    options: Partial<FetchOptions> = {},
    private readonly timing: Timing = realTiming,
    private readonly schedule: HostSchedule = new LocalHostSchedule(() => timing.now()),
  ) {
    this.options = { ...DEFAULT_FETCH_OPTIONS, ...options };
  }

  async fetch(url: string, req: FetchRequest = {}): Promise<FetchResponse> {
    let lastError: FetchError | undefined;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) await this.timing.sleep(this.options.backoffMs * 2 ** (attempt - 1));
      try {
        return await this.followRedirects(url, req);
      } catch (err) {
        lastError = err instanceof FetchError ? err : new FetchError(url, describe(err), true);
        if (!lastError.retryable) throw lastError;
      }
    }
    const attempts = this.options.retries + 1;
    // Still marked retryable: the failure was transient in kind, so a later poll may well succeed.
    throw new FetchError(url, `${lastError?.reason ?? 'failed'}${attempts > 1 ? ` (${attempts} attempts)` : ''}`, true);
  }

  private async followRedirects(start: string, req: FetchRequest): Promise<FetchResponse> {
    let current = parseUrl(start);
    const seen: string[] = [];
    for (let hop = 0; ; hop++) {
      await this.waitForHost(current.host);
      const res = await this.once(current, req);
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        if (!res.location) throw new FetchError(start, `HTTP ${res.status} without a Location header`, false);
        if (hop >= this.options.maxRedirects) {
          throw new FetchError(start, `too many redirects (more than ${this.options.maxRedirects}: ${[...seen, current.href].join(' → ')})`, false);
        }
        seen.push(current.href);
        current = parseUrl(new URL(res.location, current).href);
        continue;
      }
      if (res.status === 429 || res.status >= 500) throw new FetchError(current.href, `HTTP ${res.status}`, true);
      if (res.status >= 400) throw new FetchError(current.href, `HTTP ${res.status}`, false);
      return {
        url: current.href,
        status: res.status,
        notModified: res.status === 304,
        ...(res.contentType ? { contentType: res.contentType } : {}),
        ...(res.etag ? { etag: res.etag } : {}),
        ...(res.lastModified ? { lastModified: res.lastModified } : {}),
        body: res.body,
      };
    }
  }

  private async waitForHost(host: string): Promise<void> {
    if (this.options.politenessMs <= 0) return;
    const wait = await this.schedule.reserve(host, this.options.politenessMs);
    if (wait > 0) await this.timing.sleep(wait);
  }

  private once(url: URL, req: FetchRequest): Promise<RawResponse> {
    const o = this.options;
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !o.allowPrivate && isPrivateAddress(literal)) {
      return Promise.reject(new FetchError(url.href, `refused: ${literal} is a private, loopback or link-local address (use --allow-private)`, false));
    }
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (err: FetchError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.destroy();
        reject(err);
      };
      const headers: Record<string, string> = {
        'user-agent': o.userAgent,
        accept: req.accept ?? '*/*',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(url, { method: 'GET', headers, lookup: o.allowPrivate ? undefined : publicOnlyLookup }, (res) => {
        readBody(res, o.maxBytes).then(
          (body) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            resolve({
              status: res.statusCode ?? 0,
              body,
              location: header(res, 'location'),
              contentType: header(res, 'content-type'),
              etag: header(res, 'etag'),
              lastModified: header(res, 'last-modified'),
            });
          },
          (err) => fail(new FetchError(url.href, describe(err), !(err instanceof BodyTooLarge))),
        );
      });
      const timer = setTimeout(() => fail(new FetchError(url.href, `timed out after ${o.timeoutMs / 1000} s`, true)), o.timeoutMs);
      request.on('error', (err) => fail(err instanceof FetchError ? err : new FetchError(url.href, describe(err), !isRefusal(err))));
      request.end();
    });
  }
}

interface RawResponse {
  readonly status: number;
  readonly body: Uint8Array;
  readonly location: string | undefined;
  readonly contentType: string | undefined;
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
}

class BodyTooLarge extends Error {}
class PrivateAddress extends Error {}

function isRefusal(err: unknown): boolean {
  return err instanceof PrivateAddress;
}

/** DNS lookup that fails when any resolved address is private, so the check and the connection use the same answer. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(new PrivateAddress(`refused: ${hostname} resolves to ${bad.address}, a private, loopback or link-local address (use --allow-private)`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0];
    if (!first) return callback(new Error(`${hostname}: no address`), '', 0);
    callback(null, first.address, first.family);
  });
};

function readBody(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = (header(res, 'content-encoding') ?? '').toLowerCase().trim();
  const declared = Number(header(res, 'content-length'));
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(new BodyTooLarge(`body too large (${declared} bytes > limit ${maxBytes})`));
  }
  const decoder: Transform | undefined =
    encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  const stream = decoder ? res.pipe(decoder) : res;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        decoder?.destroy();
        reject(new BodyTooLarge(`body too large (more than ${maxBytes} bytes)`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    stream.on('error', reject);
    res.on('error', reject);
  });
}

function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(raw, 'not a valid URL', false);
  }
  if (url.protocol === 'file:') throw new FetchError(raw, 'file:// URLs are refused', false);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(raw, `unsupported scheme ${url.protocol} (only http and https)`, false);
  return url;
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const message = err instanceof Error ? err.message : '';
    if (err.code === 'ECONNREFUSED') return 'connection refused';
    if (err.code === 'ENOTFOUND') return 'host not found';
    if (err.code === 'ECONNRESET') return 'connection reset';
    return `${err.code}${message ? `: ${message}` : ''}`;
  }
  return err instanceof Error ? err.message : String(err);
}
