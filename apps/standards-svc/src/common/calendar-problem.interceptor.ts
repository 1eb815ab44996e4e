import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { CalendarError } from '@kzps/calendar';
import { calendarProblem } from '@kzps/calendar-store';
import { catchError, type Observable } from 'rxjs';

/**
 * The calendar library refuses what it cannot count (a year before 2005, a term beyond its bounds) with a
 * CalendarError: whatever request brought such a value gets a 400 problem+json naming it, never a 500.
 * Services that know the request's field name map the error themselves first.
 */
@Injectable()
export class CalendarProblemInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        throw error instanceof CalendarError ? calendarProblem(error) : error;
      }),
    );
  }
}
