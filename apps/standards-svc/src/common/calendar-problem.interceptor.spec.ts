import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { CalendarError, CalendarErrorCode } from '@kzps/calendar';
import { DomainError } from '@kzps/platform';
import { firstValueFrom, throwError } from 'rxjs';
import { CalendarProblemInterceptor } from './calendar-problem.interceptor';

const failingWith = (error: unknown): CallHandler => ({ handle: () => throwError(() => error) });
const context = {} as ExecutionContext;

describe('CalendarProblemInterceptor', () => {
  it('turns a calendar refusal reaching the edge into a 400 problem naming the field', async () => {
    const refusal = new CalendarError(CalendarErrorCode.OutOfRange, { field: 'start', value: '1990' });
    const thrown: unknown = await firstValueFrom(
      new CalendarProblemInterceptor().intercept(context, failingWith(refusal)),
    ).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'CALENDAR_OUT_OF_RANGE',
      spec: { status: 400 },
      extensions: { errors: [{ field: 'start', constraint: 'CALENDAR_OUT_OF_RANGE' }] },
    });
  });

  it('leaves every other error as it was', async () => {
    const other = new Error('boom');
    const thrown: unknown = await firstValueFrom(
      new CalendarProblemInterceptor().intercept(context, failingWith(other)),
    ).catch((error: unknown) => error);
    expect(thrown).toBe(other);
  });
});
