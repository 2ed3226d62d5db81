package se.fuel.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Every module's message bundle and Stockholm's clock, as the application has them, for web slices. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ MessagesConfiguration.class, TimeConfiguration.class })
public class SliceMessages {
}
