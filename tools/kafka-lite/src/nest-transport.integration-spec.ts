import 'reflect-metadata';
import { eventually } from '@kzps/testing';
import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientKafka, EventPattern, Payload, Transport, type KafkaOptions } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { logLevel } from 'kafkajs';
import type { RunningBroker } from './broker';
import { FAST_GROUP, startTestBroker, uniqueName } from './test/kafka-test-kit';

// Nest vendors its own copy of the kafkajs types; pass the timings one by one.
const { sessionTimeout, rebalanceTimeout, heartbeatInterval, maxWaitTimeInMs } = FAST_GROUP;
const FAST_NEST_GROUP = { sessionTimeout, rebalanceTimeout, heartbeatInterval, maxWaitTimeInMs };

const TOPIC = uniqueName('nest.events');
const received: unknown[] = [];

@Controller()
class EventsController {
  @EventPattern(TOPIC)
  handle(@Payload() payload: unknown): void {
    received.push(payload);
  }
}

@Module({ controllers: [EventsController] })
class EventsModule {}

describe('the NestJS Kafka transport on kafka-lite', () => {
  let broker: RunningBroker;
  let microservice: INestMicroservice;
  let client: ClientKafka;

  beforeAll(async () => {
    broker = await startTestBroker();
  });

  afterAll(async () => {
    await client?.close();
    await microservice?.close();
    await broker.stop();
  });

  it('carries an emitted event to an @EventPattern handler', async () => {
    const kafkaClientOptions = { brokers: [broker.address], logLevel: logLevel.NOTHING };
    const options: KafkaOptions['options'] = {
      client: { ...kafkaClientOptions, clientId: 'nest-consumer' },
      consumer: { ...FAST_NEST_GROUP, groupId: uniqueName('nest-group') },
      subscribe: { fromBeginning: true },
    };
    microservice = await NestFactory.createMicroservice(EventsModule, {
      transport: Transport.KAFKA,
      options,
      logger: false,
    });
    await microservice.listen();

    client = new ClientKafka({
      client: { ...kafkaClientOptions, clientId: 'nest-producer' },
      consumer: { ...FAST_NEST_GROUP, groupId: uniqueName('nest-client') },
    });
    await client.connect();
    await lastValueFrom(client.emit(TOPIC, { key: 'application-1', value: { status: 'submitted', n: 1 } }));

    await eventually(() => received.length === 1, 'the event at the handler');
    expect(received[0]).toEqual({ status: 'submitted', n: 1 });
  });
});
