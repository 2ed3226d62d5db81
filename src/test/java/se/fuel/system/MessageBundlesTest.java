package se.fuel.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** English is complete: every Swedish text has its English twin and no English text is left without a Swedish one. */
class MessageBundlesTest {

	@Test
	void every_module_bundle_has_the_same_keys_in_swedish_and_english() throws IOException {
		Resource[] swedish = new PathMatchingResourcePatternResolver().getResources(MessageBundles.MODULE_BUNDLES);
		assertThat(swedish).hasSizeGreaterThan(10);
		for (Resource sv : swedish) {
			Resource en = sv.createRelative("messages_en.properties");
			assertThat(en.exists()).as("English bundle beside %s", sv).isTrue();
			assertThat(keys(en)).as("keys of %s", en).isEqualTo(keys(sv));
		}
		assertThat(keys(new ClassPathResource("messages_en.properties")))
			.isEqualTo(keys(new ClassPathResource("messages_sv.properties")));
	}

	@Test
	void the_bundles_are_found_on_the_class_path() {
		assertThat(MessageBundles.basenames()).contains("messages", "i18n/common/messages", "i18n/grants/messages");
	}

	private static TreeSet<String> keys(Resource bundle) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
