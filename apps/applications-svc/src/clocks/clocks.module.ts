import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ApplicationTerms } from './application-terms';
import { Clock, SystemClock } from './clock';

/** Time for the whole app: the clock (tests move it by hand) and the terms on the shared calendar. */
@Global()
@Module({})
export class ClocksModule {
  static forRoot(options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: ClocksModule,
      providers: [
        options.clock
          ? { provide: Clock, useValue: options.clock }
          : { provide: Clock, useClass: SystemClock },
        ApplicationTerms,
      ],
      exports: [Clock, ApplicationTerms],
    };
  }
}
