import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import https from "node:https";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { appEnv } from "../../e2e/support/ports";
import { proxyPort, proxyUrl, serverPorts, metricsToken } from "./proxy-ports";

// The deployment the README describes, on one machine: nginx terminating TLS in front of two
// standalone app servers (`node .next/standalone/server.js`, no node_modules) on one Postgres.
// nginx runs the repository's deploy/nginx/proxy.conf, so the suite tests those exact lines.

/** How long nginx leaves a server out after a failed attempt. */
export const upstreamFailTimeoutMs = 2_000;

export type AppServer = {
  port: number;
  url: string;
  /** Everything the server wrote, across restarts. */
  output: () => string;
  start: () => Promise<void>;
  /** SIGTERM, and the exit code once it exited. */
  stop: () => Promise<number | null>;
  /** SIGTERM without waiting for the exit. */
  terminate: () => Promise<number | null>;
};

export type Stack = { proxyUrl: string; servers: AppServer[]; close: () => Promise<void> };

const repo = process.cwd();

export async function startStack(databaseUrl: string): Promise<Stack> {
  const dir = await mkdtemp(path.join(tmpdir(), "onshape-proxy-"));
  const servers = serverPorts.map((port) => appServer(port, databaseUrl));
  // One at a time: the first applies the migrations, the second finds them applied.
  for (const server of servers) await server.start();
  const nginx = await startNginx(dir);
  return {
    proxyUrl,
    servers,
    close: async () => {
      await Promise.all(servers.map((server) => server.stop()));
      nginx.kill("SIGQUIT");
      await new Promise((resolve) => nginx.once("exit", resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function appServer(port: number, databaseUrl: string): AppServer {
  let child: ChildProcess | null = null;
  let exited: Promise<number | null> = Promise.resolve(null);
  let output = "";
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    ...appEnv(port, {
      AUTH_URL: proxyUrl,
      DATABASE_URL: databaseUrl,
      METRICS_TOKEN: metricsToken,
      SHUTDOWN_GRACE_SEC: "20",
    }),
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    NODE_ENV: "production",
  } as NodeJS.ProcessEnv;
  const terminate = async () => {
    if (child && child.exitCode === null) child.kill("SIGTERM");
    return exited;
  };
  return {
    port,
    url,
    output: () => output,
    terminate,
    stop: terminate,
    async start() {
      // Run from the standalone folder's own copy: nothing resolves from the repository.
      child = spawn("node", [path.join(repo, ".next/standalone/server.js")], {
        env,
        cwd: path.join(repo, ".next/standalone"),
      });
      const started = child;
      started.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      exited = new Promise((resolve) => started.once("exit", (code) => resolve(code)));
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (started.exitCode !== null) throw new Error(`app on ${port} exited:\n${output}`);
        const ready = await fetch(`${url}/api/ready`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`app on ${port} did not get ready:\n${output}`);
    },
  };
}

async function startNginx(dir: string): Promise<ChildProcess> {
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"],
      ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
    ],
    { stdio: "ignore" },
  );
  const config = `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream onshape_app {
${serverPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=${upstreamFailTimeoutMs / 1000}s;`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${proxyPort} ssl;
    server_name localhost;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    location / {
      proxy_pass http://onshape_app;
      include ${path.join(repo, "deploy/nginx/proxy.conf")};
    }
  }
}`;
  await writeFile(path.join(dir, "nginx.conf"), config);
  const nginx = spawn(nginxBinary(), ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error("nginx exited; see the lines above");
    if ((await statusThroughProxy("/api/health")) === 200) return nginx;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("nginx did not answer in time");
}

/** GET through nginx, trusting the suite's own self-signed certificate. */
export function statusThroughProxy(pathname: string): Promise<number> {
  return new Promise((resolve) => {
    const request = https.get(`${proxyUrl}${pathname}`, { rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    request.on("error", () => resolve(0));
  });
}

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) {
    try {
      execFileSync(candidate, ["-v"], { stdio: "ignore" });
      return candidate;
    } catch {}
  }
  throw new Error("nginx is not installed: apt-get install -y nginx (.ci/run does this)");
}
