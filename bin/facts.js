#!/usr/bin/env node
require('../dist/facts.cjs');
