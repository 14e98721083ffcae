// The service registry (libs/contracts/src/service-registry.json) is the one list of services and their ports.
// What is derived from it is derived in code; these hold the rest to it: each app's definition and config,
// and the ports written in the README and the deployment guide.
import fs from 'node:fs';
import path from 'node:path';
import { RoutedServiceNames, ServiceNames, servicePort, serviceUrlKey } from '@kc/contracts';
import { serviceDefinitions } from '../scripts/service-definitions';

const root = path.resolve(__dirname, '..');
const read = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');
const apps = fs
  .readdirSync(path.join(root, 'apps'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'apps', d.name, 'src', 'main.ts')))
  .map((d) => d.name);
const registryPorts = Object.fromEntries(ServiceNames.map((name) => [name, servicePort(name)]));

describe('the service registry', () => {
  it('lists every app that runs (a folder of apps/ with src/main.ts), each on its own port', () => {
    expect([...ServiceNames].sort()).toEqual([...apps].sort());
    expect(new Set(Object.values(registryPorts)).size).toBe(ServiceNames.length);
  });

  it("gives each app's ServiceDefinition its name and port", () => {
    expect(serviceDefinitions.map((d) => [d.service, d.port])).toEqual(Object.entries(registryPorts));
  });

  it.each(apps)("is where %s's config.ts takes its default PORT from (through the definition)", (app) => {
    expect(read(`apps/${app}/src/config.ts`)).toMatch(/serviceConfigSchema\(serviceDefinition\.port\)/);
  });

  it("agrees with the README's table of ports and its architecture diagram", () => {
    const readme = read('README.md');
    const tableRows = [...readme.matchAll(/^\| (\w+)(?: \([^)]*\))? \| (\d+) \|/gm)].map(([, name, port]) => [
      name,
      Number(port),
    ]);
    expect(tableRows).toEqual(Object.entries(registryPorts));
    const diagram = [...readme.matchAll(/\[(\w+) :(\d+)\]/g)].map(([, name, port]) => [name, Number(port)]);
    expect(Object.fromEntries(diagram)).toEqual(registryPorts);
  });

  it('agrees with every service address written in docs/operations/deploy.md', () => {
    const addresses = [...read('docs/operations/deploy.md').matchAll(/http:\/\/(\w+):(\d+)/g)]
      .filter(([, host]) => host in registryPorts)
      .map(([, host, port]) => [host, Number(port)]);
    expect(addresses.length).toBeGreaterThan(0);
    for (const [host, port] of addresses) expect([host, port]).toEqual([host, registryPorts[host as string]]);
  });

  it("agrees with .env.example's service URLs (the gateway's defaults written out)", () => {
    const env = Object.fromEntries(
      [...read('.env.example').matchAll(/^(\w+_URL)=(.*)$/gm)].map(([, key, value]) => [key, value]),
    );
    for (const name of RoutedServiceNames) {
      expect([serviceUrlKey(name), env[serviceUrlKey(name)]]).toEqual([
        serviceUrlKey(name),
        `http://127.0.0.1:${servicePort(name)}`,
      ]);
    }
    expect(new URL(env.AUTH_JWKS_URL ?? '').port).toBe(String(servicePort('gateway')));
  });
});
