package se.fuel.web;

import com.fasterxml.jackson.annotation.Nulls;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import se.fuel.common.ControlCharacters;

/**
 * What every JSON body must be before a controller sees it, for all endpoints at once: no control characters in any
 * text, and no null inside a list (a {@code budgetLines: [null]} would otherwise reach a rule or the database as a
 * missing row). Both are refused with the field's path, which {@link ApiErrorAdvice} turns into a problem in the client's language.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer refuseControlCharactersAndNullElements() {
		return builder -> builder
			.addModule(new SimpleModule("fuel-input").addDeserializer(String.class, new PlainTextDeserializer()))
			.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
	}

	/** Jackson's own string reading, then the control-character check. */
	static final class PlainTextDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String text = super.deserialize(p, ctxt);
			if (ControlCharacters.present(text)) {
				throw new ControlCharacterException(p);
			}
			return text;
		}
	}

	/** A text with control characters; the path to its field is added by Jackson on the way out. */
	static final class ControlCharacterException extends MismatchedInputException {

		ControlCharacterException(JsonParser p) {
			super(p, "Text contains control characters", String.class);
		}
	}
}
