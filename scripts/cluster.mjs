// Several production instances of the app behind a real nginx, sharing one PostgreSQL database and
// one Redis: what docs/deploy.md describes, run by the multi-instance tests and the throughput
// benchmark. nginx runs deploy/nginx/shipment-photo-review.conf.template, the file operators use.
//
// Needs PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), Redis
// (TEST_REDIS_URL, default redis://127.0.0.1:6379/7; that database is emptied) and nginx (installed
// with apt-get when missing and we are root). `clusterProblem()` says which one is missing.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createClient } from "redis";
import { appEnv } from "./app-env.mjs";
import { startNext } from "./next-start.mjs";

export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7";
const TEMPLATE = path.join(process.cwd(), "deploy/nginx/shipment-photo-review.conf.template");

function nginxBinary() {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"])
    if (existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** Why a cluster cannot run here (a missing server, said in words), or null. */
export async function clusterProblem() {
  const db = new pg.Client({ connectionString: ADMIN_DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await db.connect();
    await db.query("select 1");
  } catch (err) {
    return `PostgreSQL is not reachable at ${ADMIN_DATABASE_URL.replace(/\/\/[^@]*@/, "//")} (${err.message}); set TEST_DATABASE_URL`;
  } finally {
    await db.end().catch(() => {});
  }
  const redis = createClient({ url: TEST_REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    return `Redis is not reachable at ${TEST_REDIS_URL} (${err.message}); set TEST_REDIS_URL`;
  } finally {
    if (redis.isOpen) await redis.close().catch(() => {});
  }
  if (!nginxBinary()) {
    if (process.getuid?.() === 0) {
      const install = spawnSync("apt-get", ["install", "-y", "nginx"], { encoding: "utf8", timeout: 300_000 });
      if (install.status === 0 && nginxBinary()) return null;
      return `nginx is not installed and apt-get install -y nginx failed: ${(install.stderr || "").trim().slice(-300)}`;
    }
    return "nginx is not installed: run apt-get install -y nginx (as root)";
  }
  return null;
}

/** A fresh, empty database on the server behind ADMIN_DATABASE_URL; resolves to its URL. */
async function createDatabase() {
  const name = `spr_cluster_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function dropDatabase(name) {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/** The template's placeholder for NAME: a dollar sign and NAME in braces. */
const placeholder = (name) => ["$", "{", name, "}"].join("");

function nginxConfig(dir, listenPort, instancePorts) {
  let site = readFileSync(TEMPLATE, "utf8").replaceAll(placeholder("SPR_LISTEN"), `127.0.0.1:${listenPort}`);
  // The template names two instances; more are added beside them.
  instancePorts.forEach((port, i) => {
    const name = placeholder(`SPR_INSTANCE_${i + 1}`);
    const line = `    server ${name} max_fails=1 fail_timeout=10s;`;
    if (!site.includes(line)) site = site.replace("    keepalive 32;", `${line}\n    keepalive 32;`);
    site = site.replaceAll(name, `127.0.0.1:${port}`);
  });
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, sub), { recursive: true });
  const main = `# Written by scripts/cluster.mjs around ${path.relative(process.cwd(), TEMPLATE)}.
${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${site}
}
`;
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, main);
  return file;
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {}
    if (Date.now() > until) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts `instancePorts.length` instances (one shared environment: AUTH_SECRET, DATABASE_URL,
 * REDIS_URL unless `redis: false`) and nginx on `proxyPort` in front of them.
 */
export async function startCluster({ simOrigin, users, proxyPort, instancePorts, extra = {}, redis = true }) {
  const database = await createDatabase();
  if (redis) {
    const client = createClient({ url: TEST_REDIS_URL });
    client.on("error", () => {});
    await client.connect();
    await client.flushDb();
    await client.close();
  }
  const env = appEnv({
    simOrigin,
    users,
    extra: {
      DATABASE_URL: database.url,
      ...(redis ? { REDIS_URL: TEST_REDIS_URL } : {}),
      TRUSTED_PROXY_HOPS: "1",
      SYNC_INTERVAL_SECONDS: "0",
      ...extra,
    },
  });
  const instances = instancePorts.map((port) => startInstance(port, env));
  const dir = mkdtempSync(path.join(tmpdir(), "spr-nginx-"));
  const conf = nginxConfig(dir, proxyPort, instancePorts);
  const nginxBin = nginxBinary();
  execFileSync(nginxBin, ["-t", "-q", "-c", conf, "-e", path.join(dir, "error.log")], { stdio: "pipe" });
  const nginx = spawn(nginxBin, ["-c", conf, "-e", path.join(dir, "error.log"), "-g", "daemon off;"], {
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${proxyPort}`;
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  try {
    await Promise.all(instances.map((i) => i.ready()));
    await waitFor(async () => (await fetch(`${base}/api/health`)).ok, "nginx answering");
  } catch (err) {
    for (const i of instances) i.kill("SIGKILL");
    nginx.kill("SIGKILL");
    await pool.end();
    await dropDatabase(database.name).catch(() => {});
    throw err;
  }
  return {
    base,
    instances,
    env,
    nginxLog: () => readFileSync(path.join(dir, "error.log"), "utf8"),
    /** nginx's master and worker process ids. */
    nginxPids: () => {
      const workers = spawnSync("pgrep", ["-P", String(nginx.pid)], { encoding: "utf8" }).stdout;
      return [nginx.pid, ...workers.split("\n").filter(Boolean).map(Number)];
    },
    /** A query on the cluster's database. */
    query: async (text, params = []) => (await pool.query(text, params)).rows,
    async stop() {
      for (const i of instances) i.kill("SIGKILL");
      nginx.kill("SIGTERM");
      await Promise.all(instances.map((i) => i.exited));
      await new Promise((r) => (nginx.exitCode !== null ? r() : nginx.once("exit", r)));
      await pool.end();
      await dropDatabase(database.name).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function startInstance(port, env) {
  let app = startNext({ port, env: { ...env, PORT: String(port) } });
  let output = "";
  const watch = () => {
    for (const stream of [app.child.stdout, app.child.stderr]) stream?.on("data", (c) => (output += c));
    return new Promise((resolve) => app.child.once("exit", (code, signal) => resolve({ code, signal })));
  };
  const instance = {
    port,
    base: app.base,
    /** The running server's process id. */
    get pid() {
      return app.child.pid;
    },
    output: () => output,
    exited: watch(),
    ready: (timeoutMs) => app.ready(timeoutMs),
    kill: (signal = "SIGTERM") => {
      if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill(signal);
    },
    /** Starts the instance again (after it was killed) with the same environment. */
    async restart() {
      await instance.exited;
      app = startNext({ port, env: { ...env, PORT: String(port) } });
      instance.exited = watch();
      await app.ready();
    },
  };
  return instance;
}
