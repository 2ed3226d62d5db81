package se.fuel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import se.fuel.DemoDataTest;

/** The one read statistics makes of the methods per grant: published items only, in the item's order. */
@DemoDataTest
class PublishedMethodsByGrantIT {

	@Autowired
	KnowledgeBank bank;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("lasare")
	void gives_each_published_grant_item_its_methods_and_nothing_of_unpublished_ones() {
		Map<UUID, List<String>> methods = bank.publishedMethodsByGrant();
		List<UUID> publishedWithMethods = jdbc.sql("""
				select distinct i.grant_id from knowledge_item i join knowledge_item_method m on m.item_id = i.id
				where i.status = 'PUBLISHED' and i.grant_id is not null""").query(UUID.class).list();
		assertThat(publishedWithMethods).as("the demo links published items with methods").isNotEmpty();
		assertThat(methods.keySet()).containsExactlyInAnyOrderElementsOf(publishedWithMethods);
		UUID grant = publishedWithMethods.get(0);
		List<String> expected = jdbc.sql("""
				select m.method_name from knowledge_item i join knowledge_item_method m on m.item_id = i.id
				where i.grant_id = ? order by m.position""").param(grant).query(String.class).list()
			.stream().map(String::strip).distinct().toList();
		assertThat(methods.get(grant)).containsExactlyElementsOf(expected);
	}
}
