package se.fuel.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Succession;

class LineageTests {

	static final UUID JARVA = UUID.randomUUID();

	static final UUID RINKEBY_KISTA = UUID.randomUUID();

	static final UUID RINKEBY = UUID.randomUUID();

	static final UUID KISTA = UUID.randomUUID();

	static final UUID SPANGA_TENSTA = UUID.randomUUID();

	static final UUID FARSTA = UUID.randomUUID();

	static final Lineage LINEAGE = new Lineage(List.of(org(JARVA, "Järva", null),
			org(RINKEBY_KISTA, "Rinkeby-Kista", JARVA), org(RINKEBY, "Rinkeby", RINKEBY_KISTA),
			org(KISTA, "Kista", RINKEBY_KISTA), org(SPANGA_TENSTA, "Spånga-Tensta", JARVA), org(FARSTA, "Farsta", null)));

	static OrganisationSummary org(UUID id, String name, UUID successor) {
		return new OrganisationSummary(id, name.toLowerCase(), name, OrganisationKind.DISTRICT, null,
				LocalDate.of(1997, 1, 1), successor == null ? null : LocalDate.of(2006, 12, 31), successor,
				successor == null ? null : Succession.MERGED_INTO);
	}

	@Test
	void an_organisation_without_successor_is_its_own_today() {
		assertThat(LINEAGE.today(FARSTA)).isEqualTo(FARSTA);
		assertThat(LINEAGE.today(JARVA)).isEqualTo(JARVA);
	}

	@Test
	void a_merger_leads_to_the_organisation_it_merged_into() {
		assertThat(LINEAGE.today(SPANGA_TENSTA)).isEqualTo(JARVA);
		assertThat(LINEAGE.name(SPANGA_TENSTA, true)).isEqualTo("Järva");
	}

	@Test
	void a_chain_of_mergers_leads_to_its_end_rinkeby_to_rinkeby_kista_to_jarva() {
		assertThat(LINEAGE.today(RINKEBY)).isEqualTo(JARVA);
		assertThat(LINEAGE.today(KISTA)).isEqualTo(JARVA);
		assertThat(LINEAGE.today(RINKEBY_KISTA)).isEqualTo(JARVA);
	}

	@Test
	void as_they_were_an_organisation_keeps_its_own_name_and_id() {
		assertThat(LINEAGE.countedAs(RINKEBY, false)).isEqualTo(RINKEBY);
		assertThat(LINEAGE.name(RINKEBY, false)).isEqualTo("Rinkeby");
	}

	@Test
	void an_unknown_organisation_is_its_own_today() {
		UUID unknown = UUID.randomUUID();
		assertThat(LINEAGE.today(unknown)).isEqualTo(unknown);
	}

	@Test
	void a_cycle_in_bad_data_stops_instead_of_looping() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		Lineage cyclic = new Lineage(List.of(org(a, "A", b), org(b, "B", a)));
		assertThat(cyclic.today(a)).isIn(a, b);
	}
}
