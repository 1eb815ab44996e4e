import { connect, createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { Controller, Get, Module, type DynamicModule } from '@nestjs/common';
import { ApiPublic, loadConfig, PlatformModule, ServiceConfig } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '../database.module';

@Controller('probe')
class ProbeController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiPublic()
  async probe(): Promise<{ answer: number }> {
    const [row] = await this.dataSource.query<Array<{ answer: number }>>('SELECT 1 AS answer');
    return { answer: row?.answer ?? 0 };
  }
}

/** A service whose one endpoint reads the database at `url`. */
export function probeServiceModule(url: string): { module: DynamicModule; config: ServiceConfig } {
  const config = loadConfig(ServiceConfig, { LOG_LEVEL: 'info', SWAGGER_ENABLED: 'false' });
  @Module({})
  class ProbeServiceModule {}
  return {
    config,
    module: {
      module: ProbeServiceModule,
      imports: [
        PlatformModule.forRoot({ service: 'probe', config }),
        DatabaseModule.forRoot(() => ({ url, entities: [], migrations: [] })),
      ],
      controllers: [ProbeController],
    },
  };
}

/** Log lines as JSON objects, kept in memory. */
export class LogLines extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  }

  withMessage(pattern: RegExp): Array<Record<string, unknown>> {
    return this.lines.filter((line) => pattern.test(String(line.msg)));
  }
}

/**
 * A TCP relay in front of PostgreSQL that the test can cut (as a network partition or a database restart
 * would: every connection dropped, new ones refused) and open again on the same port.
 */
export class CuttableRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const database = connect(this.target.port, this.target.host);
      for (const socket of [client, database]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(database).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
