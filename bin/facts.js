#!/usr/bin/env node
import '../dist/facts.js';
