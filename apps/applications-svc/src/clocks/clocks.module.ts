import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** Time for the whole app: the clock (tests move it by hand). */
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
      ],
      exports: [Clock],
    };
  }
}
