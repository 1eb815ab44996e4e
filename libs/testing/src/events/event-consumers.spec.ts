import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ApplicationsEventTypes,
  ComplaintsEventTypes,
  MonitoringEventTypes,
  RegistryEventTypes,
  StandardsEventTypes,
  Topics,
  eventConsumers,
  owningServiceOf,
  serviceNames,
  type ServiceName,
} from '@kzps/contracts';

// The services' sources are read as text (a lib may not import apps): the table in libs/contracts is checked
// against the `@OnEvent` handlers and the topics each service declares.
const root = join(__dirname, '../../../..');
const typeNames: Record<string, Record<string, string>> = {
  RegistryEventTypes,
  StandardsEventTypes,
  ApplicationsEventTypes,
  ComplaintsEventTypes,
  MonitoringEventTypes,
};

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourcesUnder(path);
    return /(?<!spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The event types of every `@OnEvent(XxxEventTypes.name)` in the files. */
function handledTypes(files: string[]): string[] {
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/@OnEvent\((\w+)\.(\w+)\)/g)].map(([call, group, name]) => {
      const type = typeNames[group ?? '']?.[name ?? ''];
      if (!type) throw new Error(`${relative(root, file)}: cannot resolve ${call}`);
      return type;
    }),
  );
}

const appModuleOf = (service: ServiceName) =>
  readFileSync(join(root, 'apps', service, 'src/app.module.ts'), 'utf8');

describe('who publishes and who consumes each event (the AsyncAPI document’s table)', () => {
  it.each(serviceNames)('eventConsumers lists exactly the event types %s handles', (service) => {
    const own = handledTypes(sourcesUnder(join(root, 'apps', service, 'src')));
    // CalendarStoreModule.forRoot({ consumeChanges: true } or { recountWith }) adds the calendar copy's handler.
    const calendarCopy = /CalendarStoreModule\.forRoot\(\{[^}]*(consumeChanges:\s*true|recountWith:)/.test(
      appModuleOf(service),
    )
      ? handledTypes([join(root, 'libs/calendar-store/src/calendar-copy.consumer.ts')])
      : [];
    // RegistryCopyModule.forRoot adds the organisation copy's handler, and the services' with `services`.
    const sources = sourcesUnder(join(root, 'apps', service, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const copyOptions = /RegistryCopyModule\.forRoot\(\{([\s\S]*?)\}\)/.exec(sources)?.[1];
    const registryCopy =
      copyOptions === undefined
        ? []
        : handledTypes([join(root, 'libs/registry-copy/src/registry-copy.consumers.ts')]).filter(
            (type) => /\bservices:/.test(copyOptions) || type === RegistryEventTypes.organizationUpserted,
          );
    expect([...new Set([...own, ...calendarCopy, ...registryCopy])].sort()).toEqual(
      [...eventConsumers[service]].sort(),
    );
  });

  it.each(serviceNames)(
    '%s declares only the topics of its own context, which it publishes on',
    (service) => {
      const topics = [...appModuleOf(service).matchAll(/Topics\.(\w+)/g)].map(
        ([, name]) => Topics[name as keyof typeof Topics],
      );
      expect(topics.length).toBeGreaterThan(0);
      for (const topic of topics) expect(owningServiceOf(topic)).toBe(service);
    },
  );
});
