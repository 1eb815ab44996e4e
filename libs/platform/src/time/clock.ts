import { Injectable } from '@nestjs/common';

/**
 * The service's notion of "now", and the injection token for it: app code never calls `new Date()`, so a
 * test moves time (the `TestClock` of @kzps/testing) instead of sleeping. PlatformModule provides it.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's time. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
