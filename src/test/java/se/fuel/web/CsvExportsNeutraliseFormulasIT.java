package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/**
 * Every CSV export, found from the request mappings (a path with "csv" in it or a mapping producing text/csv), writes
 * the formulas hidden in its data as text: demo data is given formulas for the test (an organisation renamed
 * {@code =HYPERLINK(...)}, an outcome category {@code +SUM(A1)}, an event titled {@code @cmd}, a registration number
 * {@code -2+3}) and put back afterwards, since the database is shared by the test classes.
 */
@DemoDataTest
class CsvExportsNeutraliseFormulasIT {

	static final String ORGANISATION = "=HYPERLINK(\"http://x\")";

	static final String CATEGORY = "+SUM(A1)";

	static final String EVENT = "@cmd";

	static final String REGISTRATION = "-2+3";

	static final String COMPARISON = "?measure=vuxna&category=alla&year=2003&variables=arbetsloshet"
			+ "&variables=utrikes_fodda&perThousand=true";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A request to an export and the neutralised cells its output must hold. */
	record Call(MockHttpServletRequestBuilder request, List<String> neutralised) {
	}

	/** The demo data the calls use, found before it is changed. */
	record Data(int year, UUID decision, UUID event, UUID grant) {
	}

	Data data() {
		var grant = jdbc.sql("""
				select g.year, g.decision_document_id, g.id from fund_grant g join organisation o on o.id = g.organisation_id
				where o.code = 'farsta' and g.decision_document_id is not null order by g.year, g.id limit 1""")
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class) })
			.single();
		UUID event = jdbc.sql("""
				select e.id from competence_event e join competence_event_participant p on p.event_id = e.id
				join organisation o on o.id = p.organisation_id where o.code = 'farsta' and e.evaluation_source is not null
				order by e.event_date, e.id limit 1""")
			.query(UUID.class)
			.single();
		return new Data((Integer) grant[0], (UUID) grant[1], event, (UUID) grant[2]);
	}

	/** The cases by the pattern of the mapping they call; a new CSV export without a case fails the first test. */
	Map<String, List<Call>> cases(Data d) {
		String org = ORGANISATION;
		String numberAndOrg = REGISTRATION;
		Map<String, List<Call>> cases = new TreeMap<>();
		cases.put("/grants/payments.csv", List.of(new Call(get("/grants/payments.csv").param("year", "" + d.year())
			.with(users.as("handlaggare")), List.of(org, numberAndOrg))));
		cases.put("/api/v1/grants/payments.csv", List.of(new Call(get("/api/v1/grants/payments.csv")
			.param("year", "" + d.year()).with(httpBasic("handlaggare", "demo")), List.of(org, numberAndOrg))));
		cases.put("/grants/decisions/{documentId}/payments.csv",
				List.of(new Call(get("/grants/decisions/" + d.decision() + "/payments.csv")
					.with(users.as("handlaggare")), List.of(org, numberAndOrg))));
		cases.put("/api/v1/grants/decisions/{documentId}/payments.csv",
				List.of(new Call(get("/api/v1/grants/decisions/" + d.decision() + "/payments.csv")
					.with(httpBasic("handlaggare", "demo")), List.of(org, numberAndOrg))));
		cases.put("/statistics/funds/{page:overview|projects|outcomes}.{format:csv|xlsx}", List.of(
				new Call(get("/statistics/funds/overview.csv").with(users.as("handlaggare")), List.of(org)),
				new Call(get("/statistics/funds/projects.csv").with(users.as("handlaggare")), List.of(org)),
				new Call(get("/statistics/funds/outcomes.csv").with(users.as("handlaggare")), List.of(CATEGORY))));
		cases.put("/statistics/assistance.csv", List.of(new Call(get("/statistics/assistance.csv")
			.param("organisation", "farsta").param("to", "2003").with(users.as("lasare")), List.of(org))));
		cases.put("/statistics/assistance/comparison.{format:csv|xlsx}",
				List.of(new Call(get("/statistics/assistance/comparison.csv" + COMPARISON)
					.with(users.as("handlaggare")), List.of(org))));
		cases.put("/events/overview.csv",
				List.of(new Call(get("/events/overview.csv").with(users.as("handlaggare")), List.of(org))));
		cases.put("/events/{id}/evaluation.csv", List.of(new Call(get("/events/" + d.event() + "/evaluation.csv")
			.with(users.as("handlaggare")), List.of(org, EVENT + " "))));
		return cases;
	}

	/** Every GET mapping whose path mentions csv or that produces text/csv. */
	TreeSet<String> csvExports() {
		TreeSet<String> found = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			boolean producesCsv = info.getProducesCondition()
				.getProducibleMediaTypes()
				.stream()
				.anyMatch(t -> t.isCompatibleWith(MediaType.parseMediaType("text/csv")));
			for (String pattern : info.getPatternValues()) {
				if (producesCsv || pattern.toLowerCase().contains("csv")) {
					found.add(pattern);
				}
			}
		});
		return found;
	}

	@Test
	void every_csv_export_of_the_application_has_a_case_in_this_test() {
		TreeSet<String> exports = csvExports();
		assertThat(exports).contains("/statistics/funds/{page:overview|projects|outcomes}.{format:csv|xlsx}",
				"/grants/payments.csv", "/events/overview.csv");
		assertThat(cases(new Data(2000, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())).keySet())
			.as("a case for every CSV export found in the request mappings, and no case for one that is gone")
			.containsExactlyInAnyOrderElementsOf(exports);
	}

	@Test
	void every_csv_export_writes_formulas_from_its_data_as_quoted_text_behind_a_single_quote() throws Exception {
		Data d = data();
		String organisation = jdbc.sql("select name from organisation where code = 'farsta'").query(String.class).single();
		String category = jdbc.sql("select label from grant_outcome_category where code = 'arbete'")
			.query(String.class)
			.single();
		String title = jdbc.sql("select title from competence_event where id = ?").param(d.event())
			.query(String.class)
			.single();
		String registration = jdbc.sql("select registration_number from fund_grant where id = ?").param(d.grant())
			.query(String.class)
			.single();
		try {
			jdbc.sql("update organisation set name = ? where code = 'farsta'").param(ORGANISATION).update();
			jdbc.sql("update grant_outcome_category set label = ? where code = 'arbete'").param(CATEGORY).update();
			jdbc.sql("update competence_event set title = ? where id = ?").params(EVENT, d.event()).update();
			jdbc.sql("update fund_grant set registration_number = ? where id = ?").params(REGISTRATION, d.grant())
				.update();
			for (var export : cases(d).entrySet()) {
				for (Call call : export.getValue()) {
					String csv = mvc.perform(call.request())
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString(StandardCharsets.UTF_8);
					List<String> cells = cells(csv);
					for (String formula : call.neutralised()) {
						assertThat(cells).as(export.getKey() + " writes " + formula + " behind a single quote")
							.anyMatch(c -> c.startsWith("'" + formula));
					}
					assertThat(cells).as(export.getKey() + ": no cell a spreadsheet would evaluate")
						.noneMatch(CsvExportsNeutraliseFormulasIT::evaluated);
					for (String formula : call.neutralised()) {
						assertThat(csv).as(export.getKey() + " quotes the neutralised cell")
							.contains("\"'" + formula.replace("\"", "\"\""));
					}
				}
			}
		}
		finally {
			jdbc.sql("update organisation set name = ? where code = 'farsta'").param(organisation).update();
			jdbc.sql("update grant_outcome_category set label = ? where code = 'arbete'").param(category).update();
			jdbc.sql("update competence_event set title = ? where id = ?").params(title, d.event()).update();
			jdbc.sql("update fund_grant set registration_number = ? where id = ?").params(registration, d.grant())
				.update();
		}
	}

	/** A cell a spreadsheet would take for a formula: a formula character first, unless it is a negative number. */
	static boolean evaluated(String cell) {
		if (cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		if (first == '-') {
			return !cell.matches("-\\d+(,\\d+)?");
		}
		return first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r';
	}

	/** The cells of a semicolon CSV as RFC 4180 reads them (a quoted cell may hold separators and line breaks). */
	static List<String> cells(String csv) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ';' || c == '\n') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
