package se.fuel.system;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties the embedded PostgreSQL's life to this JVM's. A JVM killed with SIGKILL runs no shutdown hook, so the server
 * would live on as an orphan holding the data folder. This tiny shell child reads from a pipe whose only writer is
 * this JVM: the kernel closes that pipe when the JVM dies however it dies, the read returns, and the shell asks
 * PostgreSQL for a fast shutdown (SIGINT), which keeps everything committed.
 */
final class PostmasterWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

	static final PostmasterWatchdog NONE = new PostmasterWatchdog(null);

	private final Process shell;

	private PostmasterWatchdog(Process shell) {
		this.shell = shell;
	}

	static PostmasterWatchdog watch(Path pgDir) throws IOException {
		var postmaster = LeftoverPostmaster.postmaster(pgDir);
		if (postmaster.isEmpty() || System.getProperty("os.name", "").startsWith("Windows")) {
			log.warn("No watchdog for the embedded PostgreSQL in {}: it may outlive a killed Fuel", pgDir);
			return NONE;
		}
		// The pid is signalled only while it is still a process working in this folder: it could have been reused.
		String script = """
				read _
				if [ -d /proc/self ]; then [ "$(readlink "/proc/$1/cwd")" = "$2" ] || exit 0; fi
				exec kill -INT "$1"
				""";
		Process shell = new ProcessBuilder("sh", "-c", script, "fuel-postgres-watchdog",
				Long.toString(postmaster.get().pid()), pgDir.toRealPath().toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		return new PostmasterWatchdog(shell);
	}

	/** Before a normal stop: the server is then stopped by its owner, and the watchdog must not signal a stale pid. */
	@Override
	public void close() {
		if (shell != null) {
			shell.destroy();
		}
	}
}
