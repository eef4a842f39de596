#!/usr/bin/env node
// The crosswalk command, as `node dist/cli.js` in a clone: dist/cli.cjs is the package's bin.
import './cli.cjs';
