package se.fuel.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The action codes the code records, read from the source as a person would grep it: every call of
 * {@code AuditTrail.record} (on a field named {@code audit}, {@code auditTrail} or {@code trail}) and its third argument.
 * A literal, or a ternary of literals, is read as it stands; a constant ({@code ACTION}) from its declaration in the same
 * file; a parameter of the enclosing method ({@code action}) from every call of that method in the same file. A call
 * whose action is none of these is listed as unread, so that the scan can never pass by missing a code.
 */
final class AuditActionCodes {

	static final Pattern CALL = Pattern.compile("\\b(?:audit|auditTrail|trail)\\.record\\(");

	static final Pattern CODE = Pattern.compile("\"([a-z][a-z0-9-]*)\"");

	static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** Each code found, with the first file that records it; and the calls whose action could not be read. */
	record Scan(Map<String, String> codes, List<String> unread, int calls) {
	}

	private AuditActionCodes() {
	}

	static Scan in(Path sources) {
		Map<String, String> codes = new TreeMap<>();
		List<String> unread = new ArrayList<>();
		int calls = 0;
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String text = Files.readString(file);
				Matcher call = CALL.matcher(text);
				while (call.find()) {
					calls++;
					List<String> arguments = arguments(text, call.end());
					List<String> found = arguments.size() < 3 ? List.of() : codes(text, call.start(), arguments.get(2));
					if (found.isEmpty()) {
						unread.add(file + ": " + (arguments.size() < 3 ? arguments : arguments.get(2)));
					}
					found.forEach(code -> codes.putIfAbsent(code, file.toString()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Scan(codes, unread, calls);
	}

	/** The codes an action argument can be, read where the argument is written in the file. */
	static List<String> codes(String text, int at, String argument) {
		List<String> literal = literals(argument);
		if (!literal.isEmpty() || !NAME.matcher(argument).matches()) {
			return literal;
		}
		Matcher constant = Pattern.compile("\\b" + argument + "\\s*=\\s*(\"[^\"]*\")\\s*;").matcher(text);
		if (constant.find()) {
			return literals(constant.group(1));
		}
		return fromCallers(text, at, argument);
	}

	/** The literals every caller in the file passes for the enclosing method's parameter of that name. */
	private static List<String> fromCallers(String text, int at, String parameter) {
		Matcher declaration = Pattern.compile("(\\w+)\\s*\\(([^()]*\\bString\\s+" + parameter + "\\b[^()]*)\\)\\s*\\{")
			.matcher(text);
		String method = null;
		int index = -1;
		while (declaration.find() && declaration.start() < at) {
			method = declaration.group(1);
			List<String> parameters = split(declaration.group(2), true);
			index = -1;
			for (int i = 0; i < parameters.size(); i++) {
				if (parameters.get(i).matches("(?s).*\\bString\\s+" + parameter)) {
					index = i;
				}
			}
		}
		if (method == null || index < 0) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		Matcher caller = Pattern.compile("\\b" + method + "\\(").matcher(text);
		while (caller.find()) {
			List<String> arguments = arguments(text, caller.end());
			if (arguments.size() > index) {
				found.addAll(literals(arguments.get(index)));
			}
		}
		return found;
	}

	private static List<String> literals(String code) {
		List<String> found = new ArrayList<>();
		Matcher m = CODE.matcher(code);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** The arguments of the call whose "(" ends just before {@code from}, split at the commas of their own level. */
	static List<String> arguments(String text, int from) {
		int depth = 0;
		boolean quoted = false;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (depth == 0) {
					return split(text.substring(from, i), false);
				}
				depth--;
			}
		}
		return List.of();
	}

	/** Splits at the commas outside brackets and strings, and outside generics in a parameter list. */
	private static List<String> split(String list, boolean parameters) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (quoted) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if ("([{".indexOf(c) >= 0 || parameters && c == '<') {
				depth++;
			}
			else if (")]}".indexOf(c) >= 0 || parameters && c == '>') {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				parts.add(list.substring(start, i).strip());
				start = i + 1;
			}
		}
		parts.add(list.substring(start).strip());
		return parts;
	}
}
