import { Module } from '@nestjs/common';
import { DeadlineWatcher } from './deadline-watcher';

@Module({ providers: [DeadlineWatcher], exports: [DeadlineWatcher] })
export class WatcherModule {}
