package uk.svkit.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A PostgreSQL left running on the data directory by a server JVM that died without stopping it.
 * PostgreSQL names its postmaster in {@code postmaster.pid}; the process is asked to stop only if
 * it is still a postgres (process ids are reused).
 */
final class OrphanPostmaster {
  private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class.getName());

  private OrphanPostmaster() {}

  static void stopIfRunning(Path dataDirectory) throws IOException {
    Optional<ProcessHandle> postmaster = find(dataDirectory);
    if (postmaster.isEmpty()) {
      return;
    }
    ProcessHandle process = postmaster.get();
    LOG.log(
        Level.WARNING,
        "PostgreSQL {0} from an earlier run still holds {1}; stopping it before starting afresh",
        new Object[] {String.valueOf(process.pid()), dataDirectory});
    // SIGINT is PostgreSQL's "fast" shutdown: it rolls back open transactions and checkpoints.
    // SIGQUIT ("immediate") is the fallback; the next start then recovers from the WAL.
    if (signal(process, "INT") && exited(process, 60)) {
      return;
    }
    if (signal(process, "QUIT") && exited(process, 30)) {
      return;
    }
    throw new IOException("PostgreSQL " + process.pid() + " on " + dataDirectory + " did not stop");
  }

  private static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty(); // a torn pid file; PostgreSQL itself will judge it at start
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .command()
                    .map(c -> c.endsWith("postgres") || c.endsWith("postgres.exe"))
                    .orElse(false));
  }

  private static boolean signal(ProcessHandle process, String signal) throws IOException {
    if (System.getProperty("os.name", "").startsWith("Windows")) {
      return process.destroy();
    }
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
              .inheritIO()
              .start();
      return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping PostgreSQL " + process.pid(), e);
    }
  }

  private static boolean exited(ProcessHandle process, int seconds) throws IOException {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping PostgreSQL " + process.pid(), e);
    }
  }
}
