// Child process for the crash test: writes the synthetic corpus in batches with the built
// writer and, at batch KILL_AT, stops inside an open transaction (after all its statements ran,
// before commit), says IN_TX on stdout and waits to be killed.
import neo4j from 'neo4j-driver';
import { createGraphDriver, syntheticCorpus, writeExtractions } from '../../dist/index.js';
import { validateItems, writeInTransaction } from '../../dist/write-extractions.js';

const [size, batchSize, killAt] = process.argv.slice(2).map(Number);
const driver = createGraphDriver(process.env);
const corpus = syntheticCorpus({ size });
for (let i = 0, batch = 0; i < corpus.length; i += batchSize, batch++) {
  const items = corpus.slice(i, i + batchSize);
  if (batch === killAt) {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    const tx = session.beginTransaction();
    await writeInTransaction(tx, validateItems(items).valid);
    process.stdout.write('IN_TX\n');
    await new Promise(() => {}); // never commits
  }
  await writeExtractions(driver, items);
  process.stdout.write(`COMMITTED ${batch}\n`);
}
await driver.close();
