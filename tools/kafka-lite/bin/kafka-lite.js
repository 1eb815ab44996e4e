#!/usr/bin/env node
// placeholder: replaced by the kafka-lite implementation
console.error('kafka-lite: not built yet');
process.exit(1);
