package se.fuel.knowledge.internal;

import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.grants.ApprovedReport;
import se.fuel.grants.ApprovedReports;
import se.fuel.grants.GrantView;

/**
 * The demo's knowledge bank is whole: every project of documents 001 (2002–2003), 004 (2017) and 002 (2024) is a
 * published item (reports where the report was approved, plans where not), and every method of the catalogue is linked
 * both ways with the projects that tried it.
 */
@DemoDataTest
class DemoKnowledgeCompletenessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApprovedReports approvedReports;

	@Autowired
	KnowledgeItemRepository items;

	@Autowired
	MethodRepository methods;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	List<GrantView> demoGrants() {
		return Stream.concat(approvedReports.all().stream().map(ApprovedReport::grant),
				approvedReports.withoutApprovedReport().stream())
			// The seeds' years only: other tests make historical grants of their own in far years.
			.filter(g -> (g.historical() && g.year() <= 2017) || g.year() == 2024)
			.toList();
	}

	@Test
	void every_historical_and_2024_grant_has_a_published_item() {
		Set<UUID> published = items.findAll().stream()
			.filter(i -> i.status() == KnowledgeStatus.PUBLISHED && i.grantId() != null)
			.map(KnowledgeItem::grantId)
			.collect(Collectors.toSet());
		Map<String, Long> withItem = demoGrants().stream()
			.filter(g -> published.contains(g.id()))
			.collect(Collectors.groupingBy(g -> g.year() < 2004 ? "2002-2003" : String.valueOf(g.year()),
					Collectors.counting()));
		assertThat(withItem).containsEntry("2002-2003", 32L).containsEntry("2017", 13L).containsEntry("2024", 16L);
		assertThat(demoGrants()).hasSize(32 + 13 + 16);
	}

	@Test
	void every_demo_grant_with_an_approved_report_is_a_published_report_and_the_unreported_are_plans() {
		Map<Integer, Long> byYear = items.findAll().stream()
			.filter(i -> i.grantId() != null && i.status() == KnowledgeStatus.PUBLISHED && i.year() != null
					&& i.year() < 2030 && i.kind() != KnowledgeKind.PROJECT_PLAN)
			.collect(Collectors.groupingBy(KnowledgeItem::year, Collectors.counting()));
		assertThat(byYear.getOrDefault(2002, 0L) + byYear.getOrDefault(2003, 0L)).isEqualTo(29);
		assertThat(byYear.get(2017)).isEqualTo(13);
		assertThat(byYear.get(2024)).isGreaterThanOrEqualTo(15);
		assertThat(items.findAll().stream()
			.filter(i -> i.kind() == KnowledgeKind.PROJECT_PLAN && i.grantId() != null && i.year() != null
					&& i.year() < 2004)
			.map(KnowledgeItem::title))
			.containsExactlyInAnyOrder("SFI plus (fortsättning)",
					"Arbetslösa invandrare (Vidareutveckling av verksamheten, fortsättning av baskurs med vårdinriktning för somalier)",
					"Arbetslösa ungdomar och deras arbetslösa föräldrar");
		KnowledgeItem asi = items.findAll().stream()
			.filter(i -> i.title().startsWith("ASI-metoden"))
			.findFirst()
			.orElseThrow();
		assertThat(asi.areaCodes()).startsWith("socialmedicin");
		assertThat(items.findAll().stream().filter(i -> "MUL".equals(i.programmeCode()) && i.year() == 2024))
			.isNotEmpty()
			.allMatch(i -> i.kind() == KnowledgeKind.TRAVEL_REPORT);
		assertThat(items.findAll().stream()
			.filter(i -> i.year() != null && i.year() == 2017 && i.title().endsWith("förstudie")))
			.extracting(KnowledgeItem::kind)
			.isNotEmpty()
			.containsOnly(KnowledgeKind.PRE_STUDY);
	}

	@Test
	void the_project_under_way_is_a_published_project_plan_marked_as_made_up() {
		KnowledgeItem lots = items.findAll().stream()
			.filter(i -> i.title().equals("Digital Lots för samsjukliga") && i.kind() == KnowledgeKind.PROJECT_PLAN)
			.findFirst().orElseThrow();
		assertThat(lots.status()).isEqualTo(KnowledgeStatus.PUBLISHED);
		assertThat(lots.year()).isEqualTo(2024);
		assertThat(lots.targetGroups()).containsExactly("Vuxna med samsjuklighet");
		assertThat(lots.body()).contains("Projektet pågår", "påhittad för demon");
	}

	@Test
	void the_seeds_methods_are_in_the_catalogue_each_linked_both_ways_with_the_projects_that_tried_it() {
		transactions.executeWithoutResult(tx -> checkMethods());
	}

	private void checkMethods() {
		List<Method> all = methods.findAllByOrderByNameAsc();
		assertThat(all.stream().map(Method::name)).contains("ASI (Addiction Severity Index)",
				"Lösningsfokuserat arbetssätt", "Fördjupningen", "Mobilisering/Hälsoutveckling", "Ibility",
				"Signs of Safety", "Sociala insatsgrupper (SIG)", "Västernorrlandsmodellen", "Brukarskola");
		Map<UUID, KnowledgeItem> byId = items.findAll().stream()
			.collect(Collectors.toMap(KnowledgeItem::id, i -> i));
		for (Method method : all.stream().filter(m -> !m.trials().isEmpty() && isDemo(m)).toList()) {
			assertThat(method.trials()).as(method.name()).allSatisfy(trial -> {
				assertThat(trial.itemId()).as(trial.title()).isNotNull();
				KnowledgeItem item = byId.get(trial.itemId());
				assertThat(item.status()).isEqualTo(KnowledgeStatus.PUBLISHED);
				assertThat(item.grantId()).isEqualTo(trial.grantId()).isNotNull();
				assertThat(item.methods()).as(item.title()).contains(method.name());
			});
		}
		assertThat(all.stream().filter(m -> m.name().equals("Mobilisering/Hälsoutveckling")).findFirst()
			.orElseThrow().trials()).hasSize(3);
	}

	@Test
	void a_methods_projects_are_similar_to_anything_that_names_the_method() throws Exception {
		mvc.perform(post("/api/v1/knowledge/similar").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"","text":"","targetGroups":[],"methods":["Mobilisering/Hälsoutveckling"]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[*].title").value(org.hamcrest.Matchers.hasItems("Mobilisering Hälsoutveckling",
					"Färdigbehandlade arbetslösa missbrukare", "Utomnordiska arbetslösa som läst SFI i 5-15 år")))
			.andExpect(jsonPath("$[0].reasons[0]").value("Samma metod: Mobilisering/Hälsoutveckling"));
	}

	@Test
	void a_reader_lists_the_seeds_methods_with_type_evidence_and_spreading() throws Exception {
		mvc.perform(get("/knowledge/methods").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ASI (Addiction Severity Index)")))
			.andExpect(content().string(containsString("Signs of Safety")))
			.andExpect(content().string(containsString("Bedömningsmetod")))
			.andExpect(content().string(containsString("Prövad i 2 projekt")));
	}

	@Test
	void a_method_links_the_projects_that_tried_it_and_the_organisations_that_kept_it() {
		transactions.executeWithoutResult(tx -> {
			var asi = methods.findByNameIgnoreCase("ASI (Addiction Severity Index)").orElseThrow();
			assertThat(asi.adopters()).contains("Kista stadsdelsförvaltning, ekonomiskt bistånd");
			assertThat(methods.findAll()).anySatisfy(m -> assertThat(m.trials()).anySatisfy(t -> {
				assertThat(t.itemId()).isNotNull();
				assertThat(t.grantId()).isNotNull();
			}));
		});
	}

	/** Tests add methods of their own; the demo's are the seeds'. */
	private static boolean isDemo(Method method) {
		return List.of("ASI (Addiction Severity Index)", "Lösningsfokuserat arbetssätt", "Fördjupningen",
				"Mobilisering/Hälsoutveckling", "Ibility", "Signs of Safety", "Sociala insatsgrupper (SIG)",
				"Västernorrlandsmodellen", "Brukarskola").contains(method.name());
	}
}
