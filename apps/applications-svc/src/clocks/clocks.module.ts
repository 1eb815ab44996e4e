import { Global, Module } from '@nestjs/common';
import { ApplicationTerms } from './application-terms';
import { DeadlineWatcher } from './deadline-watcher';

/** The terms of applications on the shared calendar and their watcher (the clock is PlatformModule's). */
@Global()
@Module({ providers: [ApplicationTerms, DeadlineWatcher], exports: [ApplicationTerms, DeadlineWatcher] })
export class ClocksModule {}
