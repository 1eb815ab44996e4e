import { AsyncResource } from 'node:async_hooks';

type Bound = (this: unknown, ...args: unknown[]) => unknown;

/**
 * `AsyncResource.prototype.bind` as Node.js has it since the `asyncResource` property of bound functions
 * reached its end of life (DEP0172, nodejs/node#58618): the function runs in the resource's async scope, with
 * `thisArg` or else the caller's `this`, and keeps `fn.length`; nothing else is attached.
 */
function bindWithoutDeprecatedProperty(
  this: AsyncResource,
  fn: (...args: unknown[]) => unknown,
  thisArg?: unknown,
): Bound {
  if (typeof fn !== 'function') {
    throw new TypeError(`The "fn" argument must be of type function. Received ${typeof fn}`);
  }
  const runInScope = this.runInAsyncScope.bind(this);
  const bound: Bound =
    thisArg === undefined
      ? function (this: unknown, ...args: unknown[]) {
          return runInScope(fn, this, ...args);
        }
      : (...args: unknown[]) => runInScope(fn, thisArg, ...args);
  Object.defineProperty(bound, 'length', {
    configurable: true,
    enumerable: false,
    value: fn.length,
    writable: false,
  });
  return bound;
}

/**
 * Gives Node.js 20 the `bind` of later versions. Node 20 attaches to every bound function a deprecated
 * `asyncResource` accessor made of two `deprecate()` wrappers, each with its prototype reset, and Fastify binds
 * one function per request body, Nest one per interceptor: in the intake benchmark that was about a twentieth of
 * both the gateway's and the service's CPU (6 Dec 2026, `--cpu-prof`). No code of ours or of our dependencies
 * reads the property. Left alone on a Node.js whose `bind` no longer attaches it, so it becomes a no-op
 * once the runtime is upgraded. Returns whether it replaced `bind`.
 */
export function dropDeprecatedAsyncResourceProperty(): boolean {
  const probe = new AsyncResource('kzps:bind-probe').bind(() => undefined);
  if (!Object.prototype.hasOwnProperty.call(probe, 'asyncResource')) return false;
  Object.defineProperty(AsyncResource.prototype, 'bind', {
    configurable: true,
    enumerable: false,
    writable: true,
    value: bindWithoutDeprecatedProperty,
  });
  return true;
}
