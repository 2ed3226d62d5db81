package se.fuel.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A benchmark's command line: {@code --name value} pairs and bare {@code --flag}s; {@code --help} prints the usage. */
final class Arguments {

	private Arguments() {
	}

	/** The options by name (a flag's value is "true"); exits after printing the usage when asked for help. */
	static Map<String, String> parse(String[] args, String usage) {
		List<String> words = new ArrayList<>();
		for (String arg : args) {
			// Maven passes the whole argument line as one word.
			for (String word : arg.trim().split("\\s+")) {
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--")) {
				throw new IllegalArgumentException("unexpected " + word + "\n" + usage);
			}
			boolean flag = i + 1 >= words.size() || words.get(i + 1).startsWith("--");
			values.put(word.substring(2), flag ? "true" : words.get(++i));
		}
		if (values.containsKey("help")) {
			System.out.println(usage);
			System.exit(0);
		}
		return values;
	}
}
