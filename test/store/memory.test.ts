import { openMemoryStore } from '../../src/store/memory-store.ts';
import { storeContract } from './contract.ts';

storeContract('in-memory', async () => openMemoryStore());
