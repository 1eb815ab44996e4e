import { Injectable } from '@nestjs/common';

/** The service's notion of "now": injectable so tests move time instead of sleeping. */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
