package se.fuel.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import se.fuel.common.SwedishFormat;

/**
 * Swedish by default, whatever the browser asks for; English when the user picks it with {@code ?lang=en}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("fuel-lang");
		resolver.setDefaultLocale(SwedishFormat.SWEDISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		// First, so that no other interceptor (the locale's) reads a parameter before it is checked.
		// Not on the error page: its dispatch carries the refused request's parameters, and refusing them again
		// there would leave the person with an empty 400 instead of the page saying what was wrong.
		registry.addInterceptor(new PlainTextParameters()).excludePathPatterns("/error", "/error/**");
		registry.addInterceptor(new FormFieldIndexes()).excludePathPatterns("/error", "/error/**");
		registry.addInterceptor(change);
	}
}
