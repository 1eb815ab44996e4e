import { Module } from '@nestjs/common';
import { DeadlineWatcher } from './deadline-watcher';
import { OpenStagesRecount } from './open-stages.recount';

/** The terms over time: the deadline watcher and the recount of open terms when the calendar changes. */
@Module({ providers: [DeadlineWatcher, OpenStagesRecount], exports: [DeadlineWatcher] })
export class WatcherModule {}
