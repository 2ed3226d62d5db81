package se.fuel.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The web layer's own beans that a {@code @WebMvcTest} does not pick up by itself: the texts and form helpers the
 * templates call, the JSON settings that refuse control characters, and the upload limits.
 * {@link WebConfiguration} (locale, interceptors) and the advice are found by the slice already.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Texts.class, FormAnchors.class, TextJson.class, JsonInputConfiguration.class, UploadLimits.class })
public class SliceWeb {
}
