package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.assessment.rules.EvenDistribution.Candidate;
import se.fuel.assessment.rules.EvenDistribution.Member;

class EvenDistributionTest {

	final UUID farsta = UUID.randomUUID();

	final UUID other = UUID.randomUUID();

	final Member a = new Member(UUID.randomUUID(), farsta);

	final Member b = new Member(UUID.randomUUID(), UUID.randomUUID());

	Candidate app(int n, UUID lead) {
		return new Candidate(UUID.randomUUID(), "FoU 2024/" + (10 + n), lead, Set.of());
	}

	@Test
	void gives_each_member_an_equal_share_in_registration_order() {
		var apps = new ArrayList<Candidate>();
		for (int i = 0; i < 4; i++) {
			apps.add(app(i, other));
		}
		var result = EvenDistribution.distribute(apps, List.of(a, b));
		assertThat(result).hasSize(4);
		assertThat(result.values().stream().filter(a.id()::equals).count()).isEqualTo(2);
		assertThat(result.get(apps.get(0).applicationId())).isEqualTo(a.id());
		assertThat(result.get(apps.get(1).applicationId())).isEqualTo(b.id());
	}

	@Test
	void never_gives_a_member_an_application_of_their_own_organisation() {
		var farstaApp = app(0, farsta);
		var partnerApp = new Candidate(UUID.randomUUID(), "FoU 2024/11", other, Set.of(farsta));
		var result = EvenDistribution.distribute(List.of(farstaApp, partnerApp), List.of(a, b));
		assertThat(result.get(farstaApp.applicationId())).isEqualTo(b.id());
		assertThat(result.get(partnerApp.applicationId())).isEqualTo(b.id());
	}

	@Test
	void leaves_out_an_application_every_member_has_jav_for() {
		assertThat(EvenDistribution.distribute(List.of(app(0, farsta)), List.of(a))).isEmpty();
	}
}
