// Validates a JSON-LD document (stdin) against the official CPSV-AP 3.2.0 SHACL shapes beside this file and
// prints the report as JSON on stdout. Offline: every remote @context is refused (see README.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rdf from '@zazuko/env';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const shapesFile = fileURLToPath(new URL('./cpsv-ap-3.2.0-shacl.ttl', import.meta.url));

function datasetOf(text, format) {
  return rdf.dataset(new Parser({ format, factory: rdf }).parse(text));
}

const offlineLoader = async (url) => {
  throw new Error(`remote JSON-LD context refused (offline validation): ${url}`);
};

const input = readFileSync(0, 'utf8');
const nquads = await jsonld.toRDF(JSON.parse(input), {
  format: 'application/n-quads',
  documentLoader: offlineLoader,
});
const shapes = datasetOf(readFileSync(shapesFile, 'utf8'), 'text/turtle');
const report = await new SHACLValidator(shapes, { factory: rdf }).validate(datasetOf(nquads, 'N-Quads'));

process.stdout.write(
  JSON.stringify({
    conforms: report.conforms,
    results: report.results.map((result) => ({
      focusNode: result.focusNode?.value ?? null,
      path: result.path?.value ?? null,
      shape: result.sourceShape?.value ?? null,
      component: result.sourceConstraintComponent?.value ?? null,
      message: result.message.map((m) => m.value).join('; '),
    })),
  }),
);
