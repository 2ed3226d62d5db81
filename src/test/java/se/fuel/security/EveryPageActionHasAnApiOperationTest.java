package se.fuel.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Every action of the pages can be taken through the API too (issue 15, point 9). A page action is a POST, PUT, PATCH
 * or DELETE mapping of a controller outside {@code /api/}; each must name its API operations in {@link #COUNTERPARTS}
 * or be listed in {@link #PAGE_ONLY} with the reason it has none. A new page action without either fails this test,
 * and so does a counterpart the API does not have. Read by reflection from the controllers' annotations, so no
 * application starts.
 *
 * <p>
 * Adding a page action: add {@code entry("POST /page/path/{id}", List.of("PUT /api/v1/path/{id}"))} to
 * {@link #COUNTERPARTS} (paths as mapped, a path variable's regex left out) once the API operation exists, or an
 * entry with its reason to {@link #PAGE_ONLY}.
 */
class EveryPageActionHasAnApiOperationTest {

	/** Each page action, "METHOD path", to the API operations that do the same. */
	static final Map<String, List<String>> COUNTERPARTS = Map.ofEntries(
			// Applications
			entry("POST /applications/new", List.of("POST /api/v1/applications")),
			entry("POST /applications/{id}/edit",
					List.of("PUT /api/v1/applications/{id}", "POST /api/v1/applications/{id}/submit")),
			entry("POST /applications/{id}/withdraw", List.of("POST /api/v1/applications/{id}/withdraw")),
			entry("POST /applications/{id}/return", List.of("POST /api/v1/applications/{id}/return")),
			entry("POST /applications/{id}/attachments", List.of("POST /api/v1/applications/{id}/attachments")),
			entry("POST /applications/{id}/attachments/{attachmentId}/delete",
					List.of("DELETE /api/v1/applications/{id}/attachments/{attachmentId}")),
			// Calls and programmes
			entry("POST /calls", List.of("POST /api/v1/calls")),
			entry("POST /calls/{id}", List.of("PUT /api/v1/calls/{id}")),
			entry("POST /calls/{id}/publish", List.of("PUT /api/v1/calls/{id}")),
			entry("POST /programmes", List.of("POST /api/v1/programmes")),
			// Organisations and user accounts
			entry("POST /organisations", List.of("POST /api/v1/organisations")),
			entry("POST /organisations/{id}", List.of("PUT /api/v1/organisations/{id}")),
			entry("POST /admin/users", List.of("POST /api/v1/users")),
			entry("POST /admin/users/{id}", List.of("PUT /api/v1/users/{id}")),
			entry("POST /admin/users/{id}/password", List.of("PUT /api/v1/users/{id}/password")),
			entry("POST /account/mail", List.of("PUT /api/v1/account/mail")),
			// Assessment and the council
			entry("POST /assessments/{applicationId}", List.of("PUT /api/v1/assessments/{applicationId}")),
			entry("POST /assessments/reasons", List.of("POST /api/v1/assessments/reason-categories")),
			entry("POST /assessments/reasons/{id}", List.of("PUT /api/v1/assessments/reason-categories/{id}")),
			entry("POST /assessments/{applicationId}/council",
					List.of("POST /api/v1/assessments/{applicationId}/council")),
			entry("POST /assessments/calls/{callId}/distribute",
					List.of("POST /api/v1/assessments/calls/{callId}/distribute")),
			entry("POST /council/{applicationId}", List.of("PUT /api/v1/council/{applicationId}/scores")),
			entry("POST /council/{applicationId}/conflict", List.of("POST /api/v1/council/{applicationId}/conflict")),
			// Notifications
			entry("POST /notifications/{id}/read", List.of("POST /api/v1/notifications/{id}/read")),
			entry("POST /notifications/read", List.of("POST /api/v1/notifications/read")),
			// Allocation and decisions
			entry("POST /allocation/{year}/lines/{applicationId}",
					List.of("PUT /api/v1/allocations/{year}/lines/{applicationId}")),
			entry("POST /allocation/{year}/lines/{applicationId}/reset",
					List.of("DELETE /api/v1/allocations/{year}/lines/{applicationId}")),
			entry("POST /allocation/{year}/lines/{applicationId}/rejection",
					List.of("POST /api/v1/allocations/{year}/lines/{applicationId}/rejection")),
			entry("POST /allocation/{year}/texts", List.of("PUT /api/v1/allocations/{year}/texts")),
			entry("POST /allocation/{year}/finalise", List.of("POST /api/v1/allocations/{year}/finalise")),
			entry("POST /decisions/documents/{id}/send", List.of("POST /api/v1/decision-documents/{id}/send")),
			entry("POST /decisions/documents/{id}/attest", List.of("POST /api/v1/decision-documents/{id}/attest")),
			entry("POST /decisions/documents/{id}/decision",
					List.of("GET /api/v1/decision-documents/{id}/notices",
							"POST /api/v1/decision-documents/{id}/decision")),
			// Grants, their money and their reports
			entry("POST /grants/{id}/payments", List.of("POST /api/v1/grants/{id}/payments")),
			entry("POST /grants/{id}/repayments", List.of("POST /api/v1/grants/{id}/repayments")),
			entry("POST /grants/{id}/repayment-notice", List.of("POST /api/v1/grants/{id}/repayment-notice")),
			entry("POST /grants/{id}/status", List.of("PUT /api/v1/grants/{id}/status")),
			entry("POST /grants/{id}/report-due-date", List.of("PUT /api/v1/grants/{id}/report-due-date")),
			entry("POST /grants/{id}/report",
					List.of("PUT /api/v1/grants/{id}/report", "POST /api/v1/grants/{id}/report/submit")),
			entry("POST /grants/{id}/report/approve", List.of("POST /api/v1/grants/{id}/report/approve")),
			entry("POST /grants/{id}/report/return", List.of("POST /api/v1/grants/{id}/report/return")),
			entry("POST /grants/{id}/report/coordinator-comment",
					List.of("PUT /api/v1/grants/{id}/report/coordinator-comment")),
			entry("POST /grants/{id}/report/categories", List.of("POST /api/v1/grants/report-categories")),
			entry("POST /grants/{id}/report/attachments", List.of("POST /api/v1/grants/{id}/report/attachments")),
			entry("POST /grants/{id}/report/attachments/{attachmentId}/delete",
					List.of("DELETE /api/v1/grants/{id}/report/attachments/{attachmentId}")),
			// The knowledge bank
			entry("POST /knowledge", List.of("POST /api/v1/knowledge")),
			entry("POST /knowledge/{id}", List.of("PUT /api/v1/knowledge/{id}")),
			entry("POST /knowledge/{id}/publish", List.of("POST /api/v1/knowledge/{id}/publish")),
			entry("POST /knowledge/{id}/unpublish", List.of("POST /api/v1/knowledge/{id}/unpublish")),
			entry("POST /knowledge/{id}/attachments", List.of("POST /api/v1/knowledge/{id}/attachments")),
			entry("POST /knowledge/{id}/attachments/{attachmentId}/delete",
					List.of("DELETE /api/v1/knowledge/{id}/attachments/{attachmentId}")),
			entry("POST /knowledge/{id}/report-draft/publish",
					List.of("POST /api/v1/knowledge/{id}/report-draft/publish")),
			entry("POST /knowledge/{id}/report-draft/discard",
					List.of("POST /api/v1/knowledge/{id}/report-draft/discard")),
			entry("POST /knowledge/index", List.of("POST /api/v1/knowledge/index")),
			entry("POST /knowledge/areas", List.of("POST /api/v1/knowledge/areas")),
			entry("POST /knowledge/areas/{code}", List.of("PUT /api/v1/knowledge/areas/{code}")),
			entry("POST /knowledge/areas/{code}/retire", List.of("POST /api/v1/knowledge/areas/{code}/retire")),
			entry("POST /knowledge/areas/{code}/reinstate",
					List.of("POST /api/v1/knowledge/areas/{code}/reinstate")),
			entry("POST /knowledge/areas/{code}/delete", List.of("DELETE /api/v1/knowledge/areas/{code}")),
			entry("POST /knowledge/methods", List.of("POST /api/v1/knowledge/methods")),
			entry("POST /knowledge/methods/{id}", List.of("PUT /api/v1/knowledge/methods/{id}")),
			entry("POST /knowledge/subscriptions", List.of("POST /api/v1/knowledge/subscriptions")),
			entry("POST /knowledge/subscriptions/{id}/delete",
					List.of("DELETE /api/v1/knowledge/subscriptions/{id}")),
			// Statistics and events
			entry("POST /statistics/assistance/import", List.of("POST /api/v1/statistics/assistance/imports")),
			entry("POST /events", List.of("POST /api/v1/events")),
			entry("POST /events/{id}", List.of("PUT /api/v1/events/{id}")),
			entry("POST /events/{id}/delete", List.of("DELETE /api/v1/events/{id}")),
			entry("POST /events/{id}/ratings", List.of("PUT /api/v1/events/{id}/ratings")),
			entry("POST /events/{id}/ratings/import", List.of("POST /api/v1/events/{id}/ratings")));

	/**
	 * Page actions with no API operation on purpose, each with the reason. Signing in and out, and the language, are
	 * not controller mappings (Spring Security's filters and a locale parameter) and so need no entry.
	 */
	static final Map<String, String> PAGE_ONLY = Map.of();

	@Test
	void everyPageActionHasAnApiOperationOrAReasonWhyNot() {
		Set<String> missing = new TreeSet<>(pageActions());
		missing.removeAll(COUNTERPARTS.keySet());
		missing.removeAll(PAGE_ONLY.keySet());
		assertThat(missing).as("page actions with no API counterpart in COUNTERPARTS and no reason in PAGE_ONLY")
			.isEmpty();
	}

	@Test
	void everyCounterpartNamedIsAnOperationOfTheApi() {
		Set<String> operations = apiOperations();
		var unknown = new TreeMap<String, String>();
		COUNTERPARTS.forEach((page, api) -> api.stream()
			.filter(operation -> !operations.contains(operation))
			.forEach(operation -> unknown.put(operation, page)));
		assertThat(unknown).as("API operations named in COUNTERPARTS that no API controller maps (-> page action)")
			.isEmpty();
	}

	@Test
	void theTablesNameOnlyPageActionsThatExist() {
		Set<String> stale = new TreeSet<>(COUNTERPARTS.keySet());
		stale.addAll(PAGE_ONLY.keySet());
		stale.removeAll(pageActions());
		assertThat(stale).as("entries that match no page action any more").isEmpty();
		assertThat(PAGE_ONLY.keySet()).as("a page action is either page-only or has counterparts")
			.doesNotContainAnyElementsOf(COUNTERPARTS.keySet());
	}

	@Test
	void theScanFindsTheActionsOfPagesAndApiAlike() {
		assertThat(pageActions()).contains("POST /applications/{id}/withdraw", "POST /knowledge/areas/{code}/delete");
		assertThat(apiOperations()).contains("POST /api/v1/applications/{id}/withdraw",
				"GET /api/v1/applications/{id}");
	}

	/** Every POST, PUT, PATCH and DELETE mapping outside the API. */
	static Set<String> pageActions() {
		Set<String> actions = new TreeSet<>();
		for (String mapping : mappings()) {
			if (!path(mapping).startsWith("/api/") && !mapping.startsWith("GET ") && !mapping.startsWith("ANY ")) {
				actions.add(mapping);
			}
		}
		return actions;
	}

	/** Every mapping of the API, reads included (a page's preview may be a read of the API). */
	static Set<String> apiOperations() {
		Set<String> operations = new TreeSet<>();
		for (String mapping : mappings()) {
			if (path(mapping).startsWith("/api/")) {
				operations.add(mapping);
			}
		}
		return operations;
	}

	/** Scanning the class path takes seconds; every test reads the same mappings. */
	private static Set<String> mappings;

	/** "METHOD path" of every handler method of every controller in se.fuel, as its annotations declare it. */
	static synchronized Set<String> mappings() {
		if (mappings == null) {
			mappings = scanned();
		}
		return mappings;
	}

	private static Set<String> scanned() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		Set<String> found = new TreeSet<>();
		for (var candidate : scanner.findCandidateComponents("se.fuel")) {
			Class<?> type;
			try {
				type = Class.forName(candidate.getBeanClassName());
			}
			catch (ClassNotFoundException e) {
				throw new IllegalStateException(e);
			}
			RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
			List<String> prefixes = onType == null || onType.path().length == 0 ? List.of("") : List.of(onType.path());
			for (Method method : type.getDeclaredMethods()) {
				RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (onMethod == null) {
					continue;
				}
				List<String> paths = onMethod.path().length == 0 ? List.of("") : List.of(onMethod.path());
				List<String> verbs = onMethod.method().length == 0 ? List.of("ANY")
						: java.util.Arrays.stream(onMethod.method()).map(RequestMethod::name).toList();
				for (String prefix : prefixes) {
					for (String path : paths) {
						for (String verb : verbs) {
							found.add(verb + " " + withoutRegex(prefix + path));
						}
					}
				}
			}
		}
		return found;
	}

	/** {@code {id:[0-9a-f-]+}} as {@code {id}}, so the table need not repeat a mapping's regex. */
	static String withoutRegex(String path) {
		return path.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
	}

	private static String path(String mapping) {
		return mapping.substring(mapping.indexOf(' ') + 1);
	}
}
