#!/usr/bin/env node
// The `ilr` command: run the TypeScript CLI through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../pipelines/cli/main.ts');
