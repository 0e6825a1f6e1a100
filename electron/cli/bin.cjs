#!/usr/bin/env node
// The `kaohe` command: runs the TypeScript CLI through tsx, so it works straight after `npm install`.
require('tsx/cjs')
require('./index.ts').runMain()
