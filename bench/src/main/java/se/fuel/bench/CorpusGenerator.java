package se.fuel.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A national-scale knowledge bank made up from the seeds' Swedish: item {@code n} is always the same for the same
 * seed (each item draws from its own random stream), so a corpus can be regenerated, resumed or checked in parts.
 * Its links (organisations, areas, target groups, methods) come from a stream of their own, which lets the link
 * tables be written without generating the texts again.
 */
public final class CorpusGenerator {

	/** The benchmark's items have ids {@code be7c0000-0000-4000-8000-<n in hex>}: easy to find and to remove. */
	static final long ID_HIGH = 0xBE7C000000004000L;
	static final long ID_LOW = 0x8000000000000000L;
	public static final String FIRST_ID = "be7c0000-0000-4000-8000-000000000000";
	public static final String LAST_ID = "be7c0000-0000-4000-8000-ffffffffffff";

	/** An organisation an item can belong to. */
	public record Organisation(UUID id, String name) {
	}

	/** Who an item belongs to and what it is about: cheap to draw, shared by the item's texts and link rows. */
	public record Links(UUID id, String kind, int year, String programme, String implementation,
			List<UUID> organisations, List<String> areas, List<String> targetGroups, List<String> methods) {
	}

	public record Item(Links links, String title, String summary, String body, String outcome, String contact) {
	}

	private static final String[] KINDS = { "REPORT", "REPORT", "REPORT", "REPORT", "PROJECT_PLAN", "PROJECT_PLAN",
			"PRE_STUDY", "TRAVEL_REPORT", "METHOD", "OTHER" };
	private static final String[] IMPLEMENTATION = { "IMPLEMENTED", "PARTLY", "NOT_IMPLEMENTED", "UNKNOWN",
			"UNKNOWN" };

	private final long seed;
	private final Vocabulary vocabulary;
	private final List<Organisation> organisations;

	public CorpusGenerator(long seed, Vocabulary vocabulary, List<Organisation> organisations) {
		if (organisations.isEmpty()) {
			throw new IllegalArgumentException("no organisations");
		}
		this.seed = seed;
		this.vocabulary = vocabulary;
		this.organisations = List.copyOf(organisations);
	}

	public static UUID id(long n) {
		return new UUID(ID_HIGH, ID_LOW | n);
	}

	private SplittableRandom stream(long n, long purpose) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n * 31 + purpose);
	}

	public Links links(long n) {
		SplittableRandom r = stream(n, 1);
		String kind = KINDS[r.nextInt(KINDS.length)];
		int year = Math.max(1995, 2026 - (int) Math.abs(r.nextGaussian() * 9));
		String programme = "TRAVEL_REPORT".equals(kind) ? "MUL" : pick(r, Vocabulary.PROGRAMMES);
		String implementation = IMPLEMENTATION[r.nextInt(IMPLEMENTATION.length)];
		List<UUID> orgs = distinct(r, organisations, 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0)).stream()
			.map(Organisation::id).toList();
		List<String> areas = distinct(r, Vocabulary.AREAS, 1 + r.nextInt(2));
		List<String> groups = distinct(r, Vocabulary.TARGET_GROUPS, 1 + r.nextInt(3));
		List<String> methods = distinct(r, Vocabulary.METHODS, r.nextInt(3));
		return new Links(id(n), kind, year, programme, implementation, orgs, areas, groups, methods);
	}

	public Item item(long n) {
		Links links = links(n);
		SplittableRandom r = stream(n, 2);
		String organisation = nameOf(links.organisations().get(0));
		String group = links.targetGroups().get(0);
		String title = title(r, links, group, organisation);
		StringBuilder summary = new StringBuilder(400);
		summary.append(switch (links.kind()) {
			case "PROJECT_PLAN" -> "Projektplan för ";
			case "PRE_STUDY" -> "Förstudie om ";
			case "TRAVEL_REPORT" -> "Reserapport om ";
			case "METHOD" -> "Beskrivning av ";
			case "OTHER" -> "Kunskapsunderlag om ";
			default -> "Slutrapport från ";
		}).append(lowerFirst(title)).append(" med ").append(group).append(" i ").append(organisation).append(' ')
			.append(links.year()).append(". ").append(vocabulary.sentence(r, 28));
		StringBuilder body = new StringBuilder(1400);
		int sentences = 3 + r.nextInt(7);
		for (int i = 0; i < sentences; i++) {
			body.append(vocabulary.sentence(r, 30)).append(' ');
			if (i == 1) {
				body.append("Målgruppen var ").append(String.join(", ", links.targetGroups())).append(". ");
			}
			if (i == 2 && !links.methods().isEmpty()) {
				body.append("Projektet arbetade med ").append(String.join(" och ", links.methods())).append(". ");
			}
			if (r.nextInt(8) == 0) {
				body.append(pick(r, Vocabulary.EXTRA_SENTENCES)).append(' ');
			}
		}
		String outcome = null;
		if ("REPORT".equals(links.kind()) || r.nextInt(4) == 0) {
			int participants = 10 + r.nextInt(190);
			outcome = participants + " deltagare, varav " + r.nextInt(participants + 1)
					+ " gick vidare till arbete eller studier. " + vocabulary.sentence(r, 20);
		}
		String contact = pick(r, Vocabulary.FIRST_NAMES) + " " + pick(r, Vocabulary.LAST_NAMES) + ", " + organisation;
		return new Item(links, title, summary.toString(), body.toString().strip(), outcome, contact);
	}

	private String title(SplittableRandom r, Links links, String group, String organisation) {
		String method = links.methods().isEmpty() ? null : links.methods().get(0);
		String real = pick(r, vocabulary.titles());
		return switch (r.nextInt(6)) {
			case 0 -> real;
			case 1 -> real + " – " + organisation + " " + links.year();
			case 2 -> (method != null ? method : "Samverkan") + " för " + group;
			case 3 -> "TRAVEL_REPORT".equals(links.kind()) ? "Studiebesök i " + pick(r, Vocabulary.CITIES)
					: "Vägen till egen försörjning för " + group;
			case 4 -> "Stöd till " + group + " i " + organisation;
			default -> real + " för " + group;
		};
	}

	private String nameOf(UUID id) {
		for (Organisation organisation : organisations) {
			if (organisation.id().equals(id)) {
				return organisation.name();
			}
		}
		return "";
	}

	private static <T> T pick(SplittableRandom r, List<T> values) {
		return values.get(r.nextInt(values.size()));
	}

	private static <T> List<T> distinct(SplittableRandom r, List<T> values, int count) {
		LinkedHashSet<T> chosen = new LinkedHashSet<>();
		while (chosen.size() < Math.min(count, values.size())) {
			chosen.add(pick(r, values));
		}
		return new ArrayList<>(chosen);
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
			return Character.toLowerCase(text.charAt(0)) + text.substring(1);
		}
		return text;
	}
}
