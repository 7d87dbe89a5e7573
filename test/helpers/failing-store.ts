import type { Store } from '../../src/store/store.ts';

/** The store with one method rejecting with `message` (a crash, a full disk); every other call goes to the store. */
export function failingStore(store: Store, method: keyof Store, message: string): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === method) return () => Promise.reject(new Error(message));
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
