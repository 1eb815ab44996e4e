import { Global, Module } from '@nestjs/common';
import { ApplicationTerms } from './application-terms';

/** The terms of applications on the shared calendar (the clock itself is PlatformModule's). */
@Global()
@Module({ providers: [ApplicationTerms], exports: [ApplicationTerms] })
export class ClocksModule {}
