import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { dropDeprecatedAsyncResourceProperty } from './async-resource-bind';

const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);

describe('AsyncResource.bind without the deprecated asyncResource property (DEP0172)', () => {
  const original = Object.getOwnPropertyDescriptor(AsyncResource.prototype, 'bind');
  let replaced: boolean;

  beforeEach(() => {
    replaced = dropDeprecatedAsyncResourceProperty();
  });

  afterEach(() => {
    if (original) Object.defineProperty(AsyncResource.prototype, 'bind', original);
  });

  it('replaces bind only where it still attaches the property, once', () => {
    const bindBefore = original?.value as AsyncResource['bind'];
    const attachedBefore = hasOwn(
      bindBefore.call(new AsyncResource('test'), () => undefined),
      'asyncResource',
    );
    expect(replaced).toBe(attachedBefore);
    expect(
      hasOwn(
        new AsyncResource('test').bind(() => undefined),
        'asyncResource',
      ),
    ).toBe(false);
    expect(dropDeprecatedAsyncResourceProperty()).toBe(false);
  });

  it('runs a bound function in the async context it was bound in, as Fastify and Nest rely on', async () => {
    const storage = new AsyncLocalStorage<string>();
    const bound = storage.run('request 1', () => AsyncResource.bind(() => storage.getStore()));
    const seen = await storage.run(
      'request 2',
      () => new Promise((resolve) => setImmediate(() => resolve(bound()))),
    );
    expect(seen).toBe('request 1');
    expect(hasOwn(bound, 'asyncResource')).toBe(false);
  });

  it("passes the arguments and the caller's this, or the thisArg given, and keeps the length", () => {
    const resource = new AsyncResource('test');
    function describeCall(this: { name: string } | undefined, a: number, b: number): string {
      return `${this?.name ?? 'none'} ${a + b}`;
    }
    const unbound = resource.bind(describeCall);
    expect(unbound.call({ name: 'caller' }, 1, 2)).toBe('caller 3');
    expect(unbound.length).toBe(2);
    const fixed = AsyncResource.bind(describeCall, 'test', { name: 'given' });
    expect(fixed.call({ name: 'caller' }, 2, 3)).toBe('given 5');
    expect(fixed.length).toBe(2);
  });

  it('refuses what is not a function, as Node does', () => {
    const resource = new AsyncResource('test');
    // By its message: another test file's app may have installed this bind from its own module realm, whose
    // TypeError is not this file's.
    expect(() => resource.bind('not a function' as unknown as () => void)).toThrow(
      'argument must be of type function',
    );
  });
});
