/**
 * The one-field edit of the bench, byte by byte: `cd bench && ../node_modules/.bin/tsx src/edit-bytes.ts`
 * sends it through a loopback relay that records both directions, then prints the request line, each
 * header and the body of the request and of the answer with their sizes (docs/performance.md explains
 * each). The relay only copies bytes, so the totals equal what the bench's counting server counts.
 */
import { createServer, connect, type AddressInfo } from 'node:net';
import { clearinghouseSide } from './clearinghouse-side.ts';
import { makeDoc } from './workload.ts';

const side = await clearinghouseSide();
const up: Buffer[] = [];
const down: Buffer[] = [];
let recording = false;
const [host, port] = new URL(side.http.url).host.split(':') as [string, string];
const relay = createServer((client) => {
  const server = connect(Number(port), host);
  client.on('data', (b) => {
    if (recording) up.push(b);
    server.write(b);
  });
  server.on('data', (b) => {
    if (recording) down.push(b);
    client.write(b);
  });
  client.on('close', () => server.destroy());
  server.on('close', () => client.destroy());
});
await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
const via = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;

const doc = makeDoc('BEN', 0);
const laptop = side.client(via);
await laptop.pushAll(side.create(doc));
recording = true;
await laptop.push([
  { table: 'items', id: doc.items[0]!.id as string, op: 'upsert', baseVersion: 1, fields: { title: 'Implementing act (amended)' } },
]);
await new Promise((r) => setTimeout(r, 50));
recording = false;

/** Splits an HTTP/1.1 message into its start line, its headers (each with its CRLF) and its body. */
function describe(label: string, message: Buffer) {
  const text = message.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const lines = text.slice(0, end).split('\r\n');
  console.log(`\n${label}: ${message.length} bytes`);
  console.log(`  ${String(lines[0]!.length + 2).padStart(4)}  ${lines[0]}`);
  for (const line of lines.slice(1)) console.log(`  ${String(line.length + 2).padStart(4)}  ${line}`);
  console.log(`  ${'2'.padStart(4)}  (blank line)`);
  const body = text.slice(end + 4);
  console.log(`  ${String(body.length).padStart(4)}  body: ${body}`);
}
const sent = Buffer.concat(up);
const received = Buffer.concat(down);
describe('Request', sent);
describe('Answer', received);
console.log(`\nTotal: ${sent.length + received.length} bytes (${sent.length} up, ${received.length} down)`);
relay.close();
await side.close();
process.exit(0);
