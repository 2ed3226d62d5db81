package se.fuel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(FuelApplication.class);

	/** Committed with the code (docs/architecture.md), so that a new arrow between modules shows in review. */
	static final Path DIAGRAMS = Path.of("docs", "modules");

	@Test
	void modules_only_talk_through_their_public_api() {
		modules.verify();
	}

	/**
	 * Writes the diagrams and module canvases into docs/modules and fails when they differ (in more than the order of
	 * their lines) from what was there, so a change of the modules' arrows is committed together with the code that
	 * made it: run the test, look at the diagrams' diff, commit it, and the test passes.
	 */
	@Test
	void the_committed_module_diagrams_are_current() throws IOException {
		Map<String, String> before = read(DIAGRAMS);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Map<String, String> after = read(DIAGRAMS);
		Set<String> changed = new TreeSet<>(before.keySet());
		changed.addAll(after.keySet());
		changed.removeIf(file -> lines(before.get(file)).equals(lines(after.get(file))));
		// The Documenter writes relations and listeners in no fixed order: an unchanged file keeps its committed text.
		for (String file : after.keySet()) {
			if (!changed.contains(file) && !before.get(file).equals(after.get(file))) {
				Files.writeString(DIAGRAMS.resolve(file), before.get(file), StandardCharsets.UTF_8);
			}
		}
		assertThat(changed)
			.as("docs/modules was out of date and has been rewritten; review and commit these files: %s", changed)
			.isEmpty();
	}

	private static List<String> lines(String text) {
		// A canvas starts its first list item with the table's "|": "|* a" and "* a" are the same item.
		if (text == null) {
			return List.of();
		}
		return text.lines().map(line -> line.replaceFirst("^\\|\\* ", "* ")).sorted().toList();
	}

	private static Map<String, String> read(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}
