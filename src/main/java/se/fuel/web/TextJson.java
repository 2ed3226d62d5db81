package se.fuel.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.fuel.common.Text;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes every {@link Text} in a JSON answer as the sentence in the request's language, so a violation reads
 * {@code "message": "Belopp: …"} in the API as on the page.
 */
@Configuration(proxyBeanMethods = false)
class TextJson {

	@Bean
	JsonMapperBuilderCustomizer textsAsSentences(Texts texts) {
		return builder -> builder.addModule(new SimpleModule("fuel-texts").addSerializer(Text.class,
				new StdSerializer<Text>(Text.class) {
					@Override
					public void serialize(Text value, JsonGenerator generator, SerializationContext context) {
						generator.writeString(texts.of(value));
					}
				}));
	}
}
