/**
 * A clock a test sets by hand, shared by every replica of a test: pass it as `PlatformModule.forRoot({ clock })`
 * (it has the shape of @kzps/platform's `Clock`; this lib does not import platform, whose tests use it).
 */
export class TestClock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}
