import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';

const key = (n: number) => createHash('sha256').update(`generated subject ${n}`).digest('hex');

async function writeLines(file: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i += 1) {
    if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * A county in files: three parties, `records` records of the Sheriff (one subject per two),
 * and `sent` disclosures of the first of them to the exchange, `perDisclosure` records each,
 * every other one passed on to the broker.
 */
export async function generateCounty(
  dir: string,
  records: number,
  sent: number,
  perDisclosure: number,
): Promise<{ parties: string; records: string; disclosures: string }> {
  const files = {
    parties: path.join(dir, 'big.parties.ndjson'),
    records: path.join(dir, 'big.records.ndjson'),
    disclosures: path.join(dir, 'big.disclosures.csv'),
  };
  const parties = [
    { id: 'cook-sheriff', name: 'Cook County Sheriff', kind: 'COUNTY_AGENCY' },
    { id: 'exchange', name: 'Regional Data Exchange', kind: 'DATA_EXCHANGE' },
    { id: 'broker', name: 'Data Broker', kind: 'DATA_BROKER' },
  ];
  await writeLines(files.parties, parties.length, (i) => JSON.stringify(parties[i]));
  await writeLines(files.records, records, (i) =>
    JSON.stringify({
      id: `g-${i}`,
      subjectKey: key(i >> 1),
      originPartyId: 'cook-sheriff',
      sourceSystem: 'JMS',
      sourceRecordId: `booking-${i}`,
      categories: ['NAME', 'DATE_OF_BIRTH', 'JAIL_RELEASE_TIME'],
      createdAt: '2024-01-01T00:00:00Z',
    }),
  );
  const carried = (d: number) =>
    Array.from({ length: perDisclosure }, (_, j) => `g-${d * perDisclosure + j}${j === 0 ? ':NAME' : ''}`).join(';');
  await writeLines(files.disclosures, 1 + sent + Math.floor(sent / 2), (i) => {
    if (i === 0) return 'id,at,fromPartyId,toPartyId,purpose,channel,records';
    const d = i - 1;
    if (d < sent) return `gd-${d},2024-06-01T00:00:00Z,cook-sheriff,exchange,feed,DATA_EXCHANGE_FEED,${carried(d)}`;
    const e = (d - sent) * 2;
    return `gd-${d},2024-06-02T00:00:00Z,exchange,broker,"resale, monthly",BULK_EXPORT,${carried(e)}`;
  });
  return files;
}
