package se.fuel.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of Fuel's JSON API at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): every
 * operation under {@code /api/**} requires HTTP Basic with a local account, the same one used to sign in to the pages.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basic";

	@Bean
	OpenAPI fuelOpenApi() {
		// springdoc documents only /api/** (springdoc.paths-to-match), so a global requirement covers exactly the API.
		return new OpenAPI()
			.info(new Info().title("Fuel API").version("v1").description("""
					Fuels JSON-API för Stockholms stads FoU-medel (LUM, MUL och FoU): utlysningar, ansökningar, \
					bedömning, beslut och uppföljning. API:t gör samma sak som webbsidorna och med samma behörighet: \
					logga in med HTTP Basic med ditt Fuel-konto (i demoläget till exempel farsta / demo). \
					Fel svarar som problem details (RFC 9457); regler som inte är uppfyllda listas i `violations` \
					som {field, rule, message} med meddelandet på svenska. Belopp anges i hela kronor och datum som \
					ÅÅÅÅ-MM-DD."""))
			.components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
				.type(SecurityScheme.Type.HTTP)
				.scheme("basic")
				.description("Användarnamn och lösenord för ett lokalt Fuel-konto.")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}
}
