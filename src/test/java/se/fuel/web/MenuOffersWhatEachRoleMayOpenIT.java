package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.identity.Role;
import se.fuel.testdata.TestData;

/**
 * The menu offers each role exactly what it may open: every menu link opens (at once or after a redirect), and every
 * page the role may open (a GET page without path variables that answers it 200 with Fuel's page) is in the menu or
 * at most two links away from it, so that nothing a role is allowed is hidden from it.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MenuOffersWhatEachRoleMayOpenIT {

	/** Pages opened from elsewhere than the menu by design, with the reason. */
	static final Map<String, String> NOT_IN_MENU = Map.of(
			"/login", "the sign-in page, before there is a menu",
			"/tillganglighet", "the accessibility statement, linked from every page's footer",
			"/locale", "the language switch, linked from every page's header",
			"/error", "where errors are shown");

	static final Pattern NAV_LINK = Pattern.compile("class=\"fuel-nav__link\" href=\"([^\"]+)\"");

	static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Map<Role, String> people = new TreeMap<>();

	@BeforeAll
	void onePersonPerRole() {
		people.put(Role.APPLICANT, data.applicant(data.district()));
		people.put(Role.OFFICER, data.officer());
		people.put(Role.READER, data.reader());
		people.put(Role.ATTESTANT, data.attestant());
		people.put(Role.COUNCIL, data.council(data.district()));
		people.put(Role.ADMIN, data.admin());
		assertThat(people.keySet()).as("one person for every role").containsExactlyInAnyOrder(Role.values());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyMenuLinkOpens(Role role) throws Exception {
		List<String> menu = menu(role);
		assertThat(menu).as("%s has a menu", role).isNotEmpty();
		for (String link : menu) {
			var response = mvc.perform(get(link).with(users.as(people.get(role)))).andReturn().getResponse();
			if (response.getStatus() / 100 == 3) {
				assertThat(response.getRedirectedUrl()).as("%s is sent on from %s", role, link).startsWith("/");
				response = mvc.perform(get(response.getRedirectedUrl()).with(users.as(people.get(role)))).andReturn()
					.getResponse();
			}
			assertThat(response.getStatus()).as("%s opens the menu link %s", role, link).isEqualTo(200);
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyPageTheRoleMayOpenHasAWayInFromTheMenu(Role role) throws Exception {
		Set<String> pages = plainGetPages();
		Set<String> reachable = new TreeSet<>();
		for (String link : menu(role)) {
			reachable.add(path(link));
			reachable.addAll(linksOn(role, link));
		}
		for (String once : List.copyOf(reachable)) {
			if (pages.contains(once)) {
				reachable.addAll(linksOn(role, once));
			}
		}
		Set<String> hidden = new TreeSet<>();
		for (String page : pages) {
			if (!NOT_IN_MENU.containsKey(page) && !reachable.contains(page) && opensAsPage(role, page)) {
				hidden.add(page);
			}
		}
		assertThat(hidden).as("pages %s may open but no menu link or page linked from the menu leads to", role)
			.isEmpty();
	}

	/** The log of every change across objects is the auditors': administrators and readers. */
	@ParameterizedTest
	@EnumSource(Role.class)
	void theAuditLogIsInTheMenuOfAdministratorsAndReadersOnly(Role role) throws Exception {
		boolean auditor = role == Role.ADMIN || role == Role.READER;
		assertThat(menu(role).contains("/audit")).as("%s has the audit log in the menu", role).isEqualTo(auditor);
	}

	private List<String> menu(Role role) throws Exception {
		String home = mvc.perform(get("/").with(users.as(people.get(role)))).andReturn().getResponse()
			.getContentAsString();
		List<String> links = new ArrayList<>();
		Matcher m = NAV_LINK.matcher(home);
		while (m.find()) {
			links.add(m.group(1).replace("&amp;", "&"));
		}
		return links;
	}

	private Set<String> linksOn(Role role, String page) throws Exception {
		String html = mvc.perform(get(page).with(users.as(people.get(role)))).andReturn().getResponse()
			.getContentAsString();
		Set<String> links = new TreeSet<>();
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			links.add(m.group(1));
		}
		return links;
	}

	private boolean opensAsPage(Role role, String path) throws Exception {
		var response = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(users.as(people.get(role)))).andReturn()
			.getResponse();
		return response.getStatus() == 200 && response.getContentType() != null
				&& response.getContentType().startsWith(MediaType.TEXT_HTML_VALUE)
				&& response.getContentAsString().contains("fuel-nav__link");
	}

	/** The GET pages of the application that need no path variable: neither the API nor downloads. */
	private Set<String> plainGetPages() {
		Set<String> pages = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{") && !pattern.startsWith("/api/") && !pattern.contains(".")
						&& !pattern.startsWith("/v3/") && !pattern.startsWith("/swagger")) {
					pages.add(pattern);
				}
			}
		});
		return pages;
	}

	private static String path(String link) {
		int query = link.indexOf('?');
		return query < 0 ? link : link.substring(0, query);
	}
}
