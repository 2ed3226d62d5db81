package se.fuel.decisions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.fuel.DemoDataTest;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.AttestationView;
import se.fuel.decisions.DecisionDocumentContent.AllocationTable;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundStatus;

/**
 * The demo's 2024 decision is the one of document 002, attested on 2023-11-30 and decided, and loading it again adds
 * nothing.
 */
@DemoDataTest
class DemoDecisionsIT {

	@Autowired
	DecisionDocuments documents;

	@Autowired
	DemoDecisions demo;

	@Autowired
	UserDetailsService users;

	<T> T asOfficer(Supplier<T> call) {
		UserDetails user = users.loadUserByUsername("handlaggare");
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void the_2024_document_is_attested_by_both_on_30_november_and_decided_with_the_totals_of_seeds_002() {
		DocumentView document = asOfficer(() -> documents.current(2024)).orElseThrow();
		assertThat(document.status()).isEqualTo(RoundStatus.DECIDED);
		assertThat(document.content().title()).isEqualTo(DemoDecisions.TITLE);
		assertThat(document.content().recipient()).isEqualTo("Socialnämnden");
		assertThat(document.content().documentDate()).isEqualTo(LocalDate.of(2023, 12, 12));
		assertThat(document.content().officerName()).isEqualTo("Rebecca Hedenstedt");
		assertThat(document.content().grandTotal()).isEqualTo(3_198_400L);
		assertThat(document.content().tables()).extracting(AllocationTable::sum)
			.containsExactlyInAnyOrder(3_000_000L, 198_400L);
		// in the order of the signatures, as document 002 lists them
		assertThat(document.attestations()).extracting(AttestationView::name)
			.containsExactly("Veronica Wolgast Carstorp", "Lina Blombergsson");
		assertThat(document.attestations()).allSatisfy(a -> {
			assertThat(a.attested()).isTrue();
			assertThat(a.attestedAt().atZone(SwedishFormat.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2023, 11, 30));
		});
		assertThat(document.decision().decidedOn()).isEqualTo(DemoDecisions.DECIDED_ON);
		assertThat(document.decision().paragraph()).isEqualTo("§ 7");
		assertThat(document.content().preparation()).startsWith("Ärendet har beretts inom avdelningen");
		assertThat(document.content().appendices()).hasSize(2);
	}

	@Test
	void loading_the_demo_again_adds_no_version() throws Exception {
		int before = asOfficer(() -> documents.versions(2024)).size();
		demo.run(null);
		assertThat(asOfficer(() -> documents.versions(2024))).hasSize(before);
		assertThat(before).isEqualTo(1);
	}
}
