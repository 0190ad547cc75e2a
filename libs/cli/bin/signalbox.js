#!/usr/bin/env node
// A committed entry point, so npm links the `signalbox` bin even before the package is built.
import '../dist/main.js';
