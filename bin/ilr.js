#!/usr/bin/env -S node --max-semi-space-size=64
// (A 64 MB young generation: the loader makes many short-lived objects, and the default 16 MB
// spent a tenth of its time collecting them; docs/benchmarks.md. package.json's scripts say the same.)
// The `ilr` command: run the TypeScript CLI through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../pipelines/cli/main.ts');
