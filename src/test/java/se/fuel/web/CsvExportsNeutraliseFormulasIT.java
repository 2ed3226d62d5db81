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
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;
import se.fuel.web.FormulaData.Made;

/**
 * Every CSV export, found from the request mappings (a path with "csv" in it or a mapping producing text/csv), writes
 * the formulas hidden in its data as text. The test's own data holds them ({@link FormulaData}: a district named
 * {@code =HYPERLINK(...)}, an outcome category {@code +SUM(A1)}, an event titled {@code @cmd}, registration numbers
 * beginning {@code -2+3}), and every export is asked about that data, so that each writes at least one of them.
 */
@FuelIntegrationTest
class CsvExportsNeutraliseFormulasIT {

	static final String ORGANISATION = FormulaData.ORGANISATION;

	static final String CATEGORY = FormulaData.CATEGORY;

	static final String EVENT = FormulaData.EVENT;

	static final String REGISTRATION = FormulaData.REGISTRATION;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A request to an export and the neutralised cells its output must hold. */
	record Call(MockHttpServletRequestBuilder request, List<String> neutralised) {
	}

	/** The cases by the pattern of the mapping they call; a new CSV export without a case fails the first test. */
	Map<String, List<Call>> cases(Made d) {
		String org = ORGANISATION;
		String numberAndOrg = REGISTRATION;
		String year = Integer.toString(d.year());
		Map<String, List<Call>> cases = new TreeMap<>();
		cases.put("/grants/payments.csv", List.of(new Call(get("/grants/payments.csv").param("year", year)
			.with(users.as(d.officer())), List.of(org, numberAndOrg))));
		cases.put("/api/v1/grants/payments.csv", List.of(new Call(get("/api/v1/grants/payments.csv")
			.param("year", year).with(httpBasic(d.officer(), TestData.PASSWORD)), List.of(org, numberAndOrg))));
		cases.put("/grants/decisions/{documentId}/payments.csv",
				List.of(new Call(get("/grants/decisions/" + d.decision() + "/payments.csv")
					.with(users.as(d.officer())), List.of(org, numberAndOrg))));
		cases.put("/api/v1/grants/decisions/{documentId}/payments.csv",
				List.of(new Call(get("/api/v1/grants/decisions/" + d.decision() + "/payments.csv")
					.with(httpBasic(d.officer(), TestData.PASSWORD)), List.of(org, numberAndOrg))));
		cases.put("/statistics/funds/{page:overview|projects|outcomes}.{format:csv|xlsx}", List.of(
				new Call(get("/statistics/funds/overview.csv").param("from", year).param("to", year)
					.with(users.as(d.officer())), List.of(org)),
				new Call(get("/statistics/funds/projects.csv").param("from", year).param("to", year)
					.with(users.as(d.officer())), List.of(org)),
				new Call(get("/statistics/funds/outcomes.csv").param("from", year).param("to", year)
					.with(users.as(d.officer())), List.of(CATEGORY))));
		cases.put("/statistics/assistance.csv", List.of(new Call(get("/statistics/assistance.csv")
			.param("organisation", d.organisation()).param("from", year).param("to", year).param("base", year)
			.with(users.as(d.reader())), List.of(org))));
		cases.put("/statistics/assistance/comparison.{format:csv|xlsx}",
				List.of(new Call(get("/statistics/assistance/comparison.csv").param("measure", "vuxna")
					.param("category", "alla").param("year", year).param("variables", "arbetsloshet", "utrikes_fodda")
					.param("perThousand", "true").with(users.as(d.officer())), List.of(org))));
		cases.put("/events/overview.csv",
				List.of(new Call(get("/events/overview.csv").with(users.as(d.officer())), List.of(org))));
		cases.put("/events/{id}/evaluation.csv", List.of(new Call(get("/events/" + d.event() + "/evaluation.csv")
			.with(users.as(d.officer())), List.of(org, EVENT + " "))));
		// The log holds no text a person typed (usernames, action codes, object types and ids), so there is no formula
		// of the data to find; what the officer made above must still come out with no cell a spreadsheet evaluates.
		cases.put("/audit.csv", List.of(new Call(get("/audit.csv").param("actor", d.officer())
			.with(users.as(d.reader())), List.of())));
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
		// Only the requests are built, none is sent: no data is needed behind them.
		Made none = new Made(0, UUID.randomUUID(), UUID.randomUUID(), "none", cycle.officer(), data.reader());
		assertThat(cases(none).keySet())
			.as("a case for every CSV export found in the request mappings, and no case for one that is gone")
			.containsExactlyInAnyOrderElementsOf(exports);
	}

	@Test
	void every_csv_export_writes_formulas_from_its_data_as_quoted_text_behind_a_single_quote() throws Exception {
		Made d = new FormulaData(context).made();
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
