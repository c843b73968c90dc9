// One process per DATA_DIR: PGlite is single-process, and two writers corrupt its files. A lock
// file holds the owner's pid; a lock left by a process that has died is taken over. Server-only.
import "server-only";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Takes the lock on `dir` for this process, or throws a one-line reason. Returns its release. */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "owner.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(file, { force: true });
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number.parseInt(readFileSync(file, "utf8"), 10);
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && alive(owner))
        throw new Error(
          `DATA_DIR ${dir} is in use by process ${owner}: the embedded database allows one process; stop it, use another DATA_DIR, or set DATABASE_URL`,
        );
      rmSync(file, { force: true });
    }
  }
  throw new Error(`DATA_DIR ${dir}: could not take the lock file ${file}`);
}
