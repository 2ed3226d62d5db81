package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import se.fuel.FuelIntegrationTest;

/**
 * The refusal tables ({@link OtherOrganisationIsRefusedIT}, {@link GrantAndMailEndpointsRefuseIT} and the rows they
 * borrow) are written by hand; this test reads every endpoint the running application registers (each path pattern
 * times each HTTP method of every {@code @RequestMapping}) and fails, naming it, when no row of any table asks for it.
 * A row covers the endpoint whose pattern matches its path most specifically, so {@code /applications/new} covers
 * that mapping and not {@code /applications/{id}}. A new controller method therefore needs a row (who is refused,
 * who gets through) or a reasoned entry in {@link #EXEMPT}.
 */
@FuelIntegrationTest
class EveryEndpointHasARefusalRowIT {

	/** The classes whose parameterised tests hold refusal rows (records with {@code method()} and {@code path()}). */
	static final List<Class<?>> TABLES = List.of(OtherOrganisationIsRefusedIT.class, GrantAndMailEndpointsRefuseIT.class);

	/** Endpoints that refuse nobody on purpose, each with the reason. Keys are "METHOD pattern". */
	static final Map<String, String> EXEMPT = Map.ofEntries(
			Map.entry("GET /login", "the sign-in page is for those not yet signed in"),
			Map.entry("GET /tillganglighet", "the accessibility statement is public by law (DOS-lagen)"),
			Map.entry("ANY /error", "Spring's error page renders whatever refusal came before it"),
			Map.entry("GET /v3/api-docs", "the API description is public; every operation it lists has rows"),
			Map.entry("GET /v3/api-docs/swagger-config", "part of the API description"),
			Map.entry("GET /v3/api-docs.yaml", "the API description as YAML"),
			Map.entry("GET /swagger-ui.html", "admin-only by SecurityConfiguration's path rule, not by the controller"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void every_registered_endpoint_has_a_row_or_a_reason() throws Exception {
		Map<String, String> endpoints = endpoints();
		List<Asked> asked = asked();
		Set<String> covered = new TreeSet<>();
		for (Asked row : asked) {
			mostSpecific(endpoints.keySet(), row).ifPresent(covered::add);
		}
		Set<String> missing = new TreeSet<>(endpoints.keySet());
		missing.removeAll(covered);
		missing.removeAll(EXEMPT.keySet());
		assertThat(missing).as("endpoints with no row in the refusal tables and no reason in EXEMPT (handler named):%n%s",
				describe(missing, endpoints)).isEmpty();
	}

	@Test
	void the_exemptions_name_registered_endpoints() {
		Set<String> stale = new TreeSet<>(EXEMPT.keySet());
		stale.removeAll(endpoints().keySet());
		assertThat(stale).as("EXEMPT entries that match no endpoint any more").isEmpty();
	}

	/** "METHOD pattern" of every handler method, to the handler's name. */
	Map<String, String> endpoints() {
		Map<String, String> endpoints = new TreeMap<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> verbs = methods.isEmpty() ? List.of("ANY")
					: methods.stream().map(RequestMethod::name).toList();
			for (String pattern : info.getPatternValues()) {
				for (String verb : verbs) {
					endpoints.put(verb + " " + pattern,
							handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName());
				}
			}
		});
		return endpoints;
	}

	/** A request some table row makes: its method as sent and its path with every {object} filled in. */
	record Asked(String method, String path, String row) {
	}

	static List<Asked> asked() throws Exception {
		List<Asked> asked = new ArrayList<>();
		for (Class<?> table : TABLES) {
			for (Method test : table.getDeclaredMethods()) {
				MethodSource source = test.getAnnotation(MethodSource.class);
				if (source == null || test.getAnnotation(ParameterizedTest.class) == null) {
					continue;
				}
				for (String name : source.value()) {
					for (Object row : rows(table, name)) {
						String method = (String) component(row, "method");
						String path = (String) component(row, "path");
						asked.add(new Asked(method.equals("UPLOAD") ? "POST" : method, filled(path), row.toString()));
					}
				}
			}
		}
		return asked;
	}

	private static List<?> rows(Class<?> table, String name) throws Exception {
		Class<?> owner = table;
		String method = name;
		if (name.contains("#")) {
			owner = Class.forName(name.substring(0, name.indexOf('#')));
			method = name.substring(name.indexOf('#') + 1);
		}
		Method factory = owner.getDeclaredMethod(method);
		factory.setAccessible(true);
		try (Stream<?> rows = (Stream<?>) factory.invoke(null)) {
			return rows.toList();
		}
	}

	private static Object component(Object row, String name) throws Exception {
		for (RecordComponent component : row.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				return accessor.invoke(row);
			}
		}
		throw new IllegalStateException(row.getClass() + " has no " + name);
	}

	/** The path without its query, each {object} replaced by an id-shaped value (a number for {year}). */
	static String filled(String path) {
		String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return withoutQuery.replace("{year}", "2048").replaceAll("\\{\\w+}", "00000000-0000-0000-0000-000000000001");
	}

	private static java.util.Optional<String> mostSpecific(Set<String> endpoints, Asked row) {
		PathContainer path = PathContainer.parsePath(row.path());
		return endpoints.stream()
			.filter(e -> verb(e).equals(row.method()) || verb(e).equals("ANY"))
			.filter(e -> pattern(e).matches(path))
			.min((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(pattern(a), pattern(b)));
	}

	private static String verb(String endpoint) {
		return endpoint.substring(0, endpoint.indexOf(' '));
	}

	private static PathPattern pattern(String endpoint) {
		return org.springframework.web.util.pattern.PathPatternParser.defaultInstance
			.parse(endpoint.substring(endpoint.indexOf(' ') + 1));
	}

	private static String describe(Set<String> missing, Map<String, String> endpoints) {
		var out = new StringBuilder();
		missing.forEach(e -> out.append("  ").append(e).append("   (").append(endpoints.get(e)).append(")\n"));
		return out.toString();
	}
}
