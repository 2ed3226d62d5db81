package se.fuel.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed Fuel can leave in its database folder: a postmaster still running, server processes of a killed
 * postmaster still holding its shared memory, or a postmaster.pid naming a process that is no longer PostgreSQL
 * (its pid reused). PostgreSQL refuses to start over each of these, so they are cleared first and the start
 * succeeds at the first try.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);

	private static final Duration ORPHANS_NOTICE_DEATH = Duration.ofSeconds(10);

	private LeftoverPostmaster() {
	}

	/** Call only while holding the folder's lock: a postmaster of a Fuel that is still alive is not a leftover. */
	static void clear(Path pgDir) throws IOException {
		Path pidFile = pgDir.resolve("postmaster.pid");
		Optional<ProcessHandle> named = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (named.isPresent() && isPostgresOf(named.get(), pgDir)) {
			log.warn("PostgreSQL (pid {}) was left running on {} by a Fuel that did not stop; stopping it",
					named.get().pid(), pgDir);
			stop(named.get());
		}
		else if (named.isPresent()) {
			log.warn("{} names pid {}, which is not PostgreSQL on this folder; removing the stale file", pidFile,
					named.get().pid());
			Files.deleteIfExists(pidFile);
		}
		// A postmaster.pid naming a dead process is removed by PostgreSQL itself, unless the dead postmaster's
		// server processes still hold its shared memory: they exit as soon as they notice, so wait for that.
		List<ProcessHandle> orphans = postgresProcessesOf(pgDir);
		if (!orphans.isEmpty()) {
			log.warn("Waiting for {} server process(es) of a stopped PostgreSQL on {} to exit", orphans.size(), pgDir);
			awaitExit(orphans, ORPHANS_NOTICE_DEATH);
			orphans.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
			awaitExit(orphans, ORPHANS_NOTICE_DEATH);
		}
	}

	static Optional<ProcessHandle> postmaster(Path pgDir) throws IOException {
		return readPid(pgDir.resolve("postmaster.pid")).flatMap(ProcessHandle::of);
	}

	static Optional<Long> readPid(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		try {
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException torn) {
			return Optional.empty();
		}
	}

	/** A postgres executable whose working directory (PostgreSQL changes into its data folder) is this folder. */
	static boolean isPostgresOf(ProcessHandle process, Path pgDir) {
		boolean postgres = process.info().command()
			.map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
			.orElse(false);
		if (!postgres) {
			return false;
		}
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		if (Files.exists(Path.of("/proc/self/cwd"))) {
			try {
				return Files.isSameFile(cwd, pgDir);
			}
			catch (IOException gone) {
				return false;
			}
		}
		return process.info().commandLine().map(line -> line.contains(pgDir.toString())).orElse(false);
	}

	static List<ProcessHandle> postgresProcessesOf(Path pgDir) {
		return ProcessHandle.allProcesses().filter(p -> isPostgresOf(p, pgDir)).toList();
	}

	/** SIGINT is PostgreSQL's fast shutdown: open transactions are rolled back, everything committed is kept. */
	private static void stop(ProcessHandle postmaster) throws IOException {
		if (!sendSignal("INT", postmaster)) {
			postmaster.destroy();
		}
		awaitExit(List.of(postmaster), FAST_SHUTDOWN);
		if (postmaster.isAlive()) {
			log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", postmaster.pid(), FAST_SHUTDOWN);
			postmaster.destroyForcibly();
			awaitExit(List.of(postmaster), ORPHANS_NOTICE_DEATH);
		}
	}

	private static boolean sendSignal(String signal, ProcessHandle process) throws IOException {
		try {
			return new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor() == 0;
		}
		catch (IOException noKillCommand) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL", e);
		}
	}

	private static void awaitExit(List<ProcessHandle> processes, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for PostgreSQL to stop", e);
		}
	}
}
