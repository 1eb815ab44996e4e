/** A segment a `{name}` placeholder matches: no dots, slashes or percent-escapes, so no `..` either. */
const SEGMENT = /^[\w-]+$/;
const PLACEHOLDER = /^\{\w+\}$/;

/**
 * A route such as `/api/v1/applications/{applicationId}/payments`, matched against a request's whole path
 * (its query dropped): the same number of segments, each equal or, for a placeholder, a plain segment.
 * Never a prefix: `/api/v1/applications/x/payments/y` does not match.
 */
export class RoutePattern {
  private readonly segments: Array<string | null>;

  constructor(route: string) {
    this.segments = route.split('/').map((segment) => (PLACEHOLDER.test(segment) ? null : segment));
  }

  matches(url: string): boolean {
    const path = url.split('?', 1)[0] ?? '';
    const segments = path.split('/');
    return (
      segments.length === this.segments.length &&
      segments.every((segment, index) => {
        const expected = this.segments[index];
        return expected === null ? SEGMENT.test(segment) : segment === expected;
      })
    );
  }
}
