import { extraAppPorts } from "../../e2e/support/ports";

// The proxy suite runs after the e2e suite (never beside it), so it reuses the e2e ports of
// its E2E_PORT_OFFSET: the local Onshape's, two of the extra app ports, and one for nginx.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const proxyPort = 3104 + offset;
export const proxyUrl = `https://localhost:${proxyPort}`;
export const serverPorts = [extraAppPorts[0], extraAppPorts[1]] as const;
export const metricsToken = "proxy-suite-metrics-token-0123456789";
