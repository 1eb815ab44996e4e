import {
  applyDecorators,
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentIdentity, Roles, type Identity, type Role } from '@kzps/auth';
import { IdempotentPost } from '@kzps/db';
import { ApiProblems, ApiUuidParam, PageQueryDto, type Page } from '@kzps/platform';
import {
  CompleteInspectionDto,
  InspectionsQueryDto,
  IssueOrderDto,
  OrderReportDto,
  OrdersQueryDto,
  RecordFindingDto,
  ReturnOrderDto,
  ScheduleInspectionDto,
} from './dto/inspection-requests.dto';
import type { FindingView, InspectionView, OrderView } from './inspection-views';
import {
  exampleFinding,
  exampleInspection,
  exampleOrder,
  InspectionExamples as X,
} from './inspections.examples';
import { InspectionProblems as P } from './inspections.problems';
import { InspectionRoles, InspectionsService } from './inspections.service';

const pageOfOne = <T>(item: T) => ({ items: [item], total: 1, page: 1, size: 20 });
const readers = [...InspectionRoles.overseers, ...InspectionRoles.inspected];
const InspectionParam = ApiUuidParam('inspectionId', X.inspectionId, 'The inspection');
const OrderParam = ApiUuidParam('orderId', X.orderId, 'The order');
/** An inspector's act on an inspection: a retryable POST under it. */
const InspectorAct = (act: string, status: 200 | 201) =>
  applyDecorators(
    InspectionParam,
    IdempotentPost(`:inspectionId/${act}`, status, InspectionRoles.inspectors),
  );
/** An act on an order, by its addressee or by the quality authority: a retryable POST answering the order. */
const OrderAct = (act: string, roles: readonly Role[]) =>
  applyDecorators(OrderParam, IdempotentPost(`orders/:orderId/${act}`, 200, roles));

@ApiTags('inspections')
@ApiBearerAuth()
@Controller('api/v1/monitoring/inspections')
export class InspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @IdempotentPost('', 201, InspectionRoles.inspectors)
  @ApiCreatedResponse({
    schema: { type: 'object', example: { ...exampleInspection, findings: [], orders: [] } },
  })
  @ApiProblems(...P.schedule)
  @ApiOperation({
    summary: 'The quality authority schedules an inspection: planned (yearly plan) or unplanned on a ground',
    description:
      'Art. 22.3.1. Only officers of the organisation the registry designates quality authority (D18).',
  })
  schedule(@CurrentIdentity() caller: Identity, @Body() dto: ScheduleInspectionDto): Promise<InspectionView> {
    return this.inspections.schedule(caller, dto);
  }

  @Get()
  @Roles(...readers)
  @ApiOkResponse({ schema: { type: 'object', example: pageOfOne(exampleInspection) } })
  @ApiProblems(...P.list)
  @ApiOperation({
    summary: 'Inspections with their findings and orders; an owner’s or provider’s officer sees its own',
  })
  list(
    @CurrentIdentity() caller: Identity,
    @Query() query: InspectionsQueryDto,
  ): Promise<Page<InspectionView>> {
    return this.inspections.list(caller, query);
  }

  @Get('plans/:year')
  @Roles(...InspectionRoles.overseers)
  @ApiParam({ name: 'year', example: 2026, description: 'The plan’s year' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: pageOfOne({ ...exampleInspection, kind: 'planned', planYear: 2026, ground: null }),
    },
  })
  @ApiProblems(...P.plan)
  @ApiOperation({
    summary: 'The yearly plan of inspections (Art. 22.3.1): planned inspections by start date',
  })
  plan(
    @Param('year', ParseIntPipe) year: number,
    @Query() query: PageQueryDto,
  ): Promise<Page<InspectionView>> {
    return this.inspections.plan(year, query);
  }

  @Get('orders')
  @Roles(...readers)
  @ApiOkResponse({ schema: { type: 'object', example: pageOfOne(exampleOrder) } })
  @ApiProblems(...P.list)
  @ApiOperation({
    summary: 'Orders and how they stand (`state=overdue`: past due, unfulfilled); the addressee sees its own',
  })
  orders(@CurrentIdentity() caller: Identity, @Query() query: OrdersQueryDto): Promise<Page<OrderView>> {
    return this.inspections.orders(caller, query);
  }

  @Get(':inspectionId')
  @Roles(...readers)
  @InspectionParam
  @ApiOkResponse({ schema: { type: 'object', example: exampleInspection } })
  @ApiProblems(...P.read)
  @ApiOperation({ summary: 'One inspection with its findings and orders' })
  get(
    @CurrentIdentity() caller: Identity,
    @Param('inspectionId', ParseUUIDPipe) inspectionId: string,
  ): Promise<InspectionView> {
    return this.inspections.get(caller, inspectionId);
  }

  @InspectorAct('findings', 201)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleFinding } })
  @ApiProblems(...P.finding)
  @ApiOperation({
    summary: 'Records a violation found, naming the article, standard item or reglament step (Art. 22.1.1)',
  })
  finding(
    @CurrentIdentity() caller: Identity,
    @Param('inspectionId', ParseUUIDPipe) inspectionId: string,
    @Body() dto: RecordFindingDto,
  ): Promise<FindingView> {
    return this.inspections.recordFinding(caller, inspectionId, dto);
  }

  @InspectorAct('orders', 201)
  @ApiCreatedResponse({ schema: { type: 'object', example: exampleOrder } })
  @ApiProblems(...P.order)
  @ApiOperation({ summary: 'Orders the owner or provider to remove a violation by a due date' })
  order(
    @CurrentIdentity() caller: Identity,
    @Param('inspectionId', ParseUUIDPipe) inspectionId: string,
    @Body() dto: IssueOrderDto,
  ): Promise<OrderView> {
    return this.inspections.issueOrder(caller, inspectionId, dto);
  }

  @InspectorAct('completion', 200)
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        ...exampleInspection,
        status: 'completed',
        summary: X.summary,
        completedOn: '2026-09-14',
        publishedAt: '2026-09-14T10:00:00.000Z',
      },
    },
  })
  @ApiProblems(...P.complete)
  @ApiOperation({
    summary: 'Completes the inspection and publishes its results for anyone to read (Art. 22.3.2)',
  })
  complete(
    @CurrentIdentity() caller: Identity,
    @Param('inspectionId', ParseUUIDPipe) inspectionId: string,
    @Body() dto: CompleteInspectionDto,
  ): Promise<InspectionView> {
    return this.inspections.complete(caller, inspectionId, dto);
  }

  @OrderAct('report', InspectionRoles.inspected)
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: { ...exampleOrder, status: 'reported', report: X.orderReport, reportedOn: '2026-10-08' },
    },
  })
  @ApiProblems(...P.report)
  @ApiOperation({ summary: 'The addressee’s officer reports what was done to fulfil the order' })
  report(
    @CurrentIdentity() caller: Identity,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() dto: OrderReportDto,
  ): Promise<OrderView> {
    return this.inspections.reportOrder(caller, orderId, dto);
  }

  @OrderAct('fulfilment', InspectionRoles.inspectors)
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        ...exampleOrder,
        status: 'fulfilled',
        report: X.orderReport,
        reportedOn: '2026-10-08',
        fulfilledOn: '2026-10-10',
      },
    },
  })
  @ApiProblems(...P.accept)
  @ApiOperation({ summary: 'The quality authority accepts the report: the order is fulfilled that day' })
  accept(
    @CurrentIdentity() caller: Identity,
    @Param('orderId', ParseUUIDPipe) orderId: string,
  ): Promise<OrderView> {
    return this.inspections.acceptOrder(caller, orderId);
  }

  @OrderAct('return', InspectionRoles.inspectors)
  @ApiOkResponse({
    schema: {
      type: 'object',
      example: {
        ...exampleOrder,
        status: 'returned',
        dueDate: '2026-11-02',
        report: X.orderReport,
        reportedOn: '2026-10-08',
        returnedOn: '2026-10-12',
        returnReasons: X.returnReasons,
      },
    },
  })
  @ApiProblems(...P.sendBack)
  @ApiOperation({
    summary:
      'The quality authority sends the order back: the fulfilment falls short; reasons, a new due date',
  })
  sendBack(
    @CurrentIdentity() caller: Identity,
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Body() dto: ReturnOrderDto,
  ): Promise<OrderView> {
    return this.inspections.returnOrder(caller, orderId, dto);
  }
}
