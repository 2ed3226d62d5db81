package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.Introspector;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a fixed, seeded set of malformed requests to every POST, PUT, PATCH and DELETE operation that the OpenAPI
 * document lists (so an endpoint added later is covered without being named here), and to every page form that
 * Spring MVC maps for POST, and fails listing each request that got a server error. Malformed means: no body,
 * {@code null}, a list or a scalar where an object belongs, each property (and each property of a list's items) with
 * the wrong type, a NUL byte, 100 000 characters, a null inside a list, the largest, a too large and a negative
 * number, the wrong content type, an Accept the API cannot give, broken JSON, and query parameters with a NUL byte or
 * the wrong type. Generic requests go as officer and applicant; the per-property ones as the officer,
 * who may call the most. Form posts carry row numbers no form has (99999, -1, abc) and control characters.
 *
 * <p>Ids in paths are random (seeded) UUIDs, so nothing is found; creating operations get one property followed by
 * broken JSON; actions without any input are not called. Nothing here can change or delete data that other test
 * classes read, and the same requests are sent on every run.
 */
@FuelIntegrationTest
class MalformedRequestsFuzzIT {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String LONG_TEXT = "x".repeat(100_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping pages;

	private final Random random = new Random(13);

	private final List<String> serverErrors = new ArrayList<>();

	private int sent;

	private String officer;

	private String applicant;

	private String admin;

	@BeforeEach
	void accounts() {
		officer = data.officer();
		applicant = data.applicant(data.district());
		admin = data.admin();
	}

	@Test
	void no_malformed_request_to_any_documented_api_operation_gets_a_server_error() throws Exception {
		JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs").with(users.as(admin)))
			.andReturn().getResponse().getContentAsString());
		JsonNode schemas = document.path("components").path("schemas");
		int operations = 0;
		for (var path : document.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				if (!List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE).contains(method)) {
					continue;
				}
				operations++;
				fuzzOperation(method, path.getKey(), operation.getValue(), schemas);
			}
		}
		if (System.getProperty("fuel.fuzz.verbose") != null) {
			System.out.println("FUZZ SENT " + sent + " requests to " + operations + " operations");
		}
		assertThat(operations).as("operations found in the OpenAPI document").isGreaterThan(20);
		assertThat(serverErrors).as("of %d malformed requests, these got a server error", sent).isEmpty();
	}

	@Test
	void no_page_form_answers_absurd_field_indexes_or_control_characters_with_a_server_error() throws Exception {
		int forms = 0;
		for (var entry : pages.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/login") || pattern.startsWith("/logout")) {
					continue;
				}
				forms++;
				String path = fillPathVariables(pattern);
				var params = new ArrayList<Map<String, String>>();
				for (String list : listProperties(entry.getValue().getMethodParameters())) {
					params.add(Map.of(list + "[99999].amount", "1"));
					params.add(Map.of(list + "[-1].amount", "1"));
					params.add(Map.of(list + "[abc]", "1"));
				}
				params.add(Map.of("x[abc]", "1", "title", "Titel\u0000"));
				params.add(Map.of("name", "Namn\u0001"));
				for (String user : List.of(officer, applicant)) {
					for (var form : params) {
						var request = request(HttpMethod.POST, path).with(users.as(user)).with(csrf());
						form.forEach(request::param);
						send(request, "POST " + path + " " + form.keySet() + " as " + user);
					}
				}
			}
		}
		assertThat(forms).as("page forms found").isGreaterThan(10);
		assertThat(serverErrors).as("of %d malformed form posts, these got a server error", sent).isEmpty();
	}

	private void fuzzOperation(HttpMethod method, String template, JsonNode operation, JsonNode schemas)
			throws Exception {
		String path = fillPathVariables(template);
		JsonNode content = operation.path("requestBody").path("content");
		JsonNode bodySchema = resolve(content.path("application/json").path("schema"), schemas);
		boolean takesJson = content.has("application/json");
		boolean creates = !template.contains("{");
		if (creates && content.isEmpty() && operation.path("parameters").isEmpty()) {
			// An action without input (rebuild the search index, deliver mail): every request to it would run it.
			return;
		}
		long started = System.nanoTime();
		for (String user : List.of(officer, applicant)) {
			// The officer gets every kind of broken request; the others the ones most likely to differ by role.
			boolean all = user.equals(officer);
			send(api(method, path, user), method + " " + template + " with no body as " + user);
			for (String body : all ? new String[] { "null", "[]", "42", "{\"a\":" } : new String[] { "[]" }) {
				send(api(method, path, user).contentType(MediaType.APPLICATION_JSON).content(body),
						method + " " + template + " body " + body + " as " + user);
			}
			for (String type : all ? new String[] { "text/plain", "multipart/form-data", "application/xml" }
					: new String[] { "text/plain", "multipart/form-data" }) {
				send(api(method, path, user).contentType(type).content("{\"title\":\"x\"}"),
						method + " " + template + " as " + type + " as " + user);
			}
			if (all) {
				send(api(method, path, user).contentType(MediaType.APPLICATION_JSON).content("{}").accept("image/png"),
						method + " " + template + " accepting image/png as " + user);
			}
		}
		for (JsonNode parameter : operation.path("parameters")) {
			if (!"query".equals(parameter.path("in").asString())) {
				continue;
			}
			String name = parameter.path("name").asString();
			for (String value : new String[] { "a\u0000b", "abc", "-1", "9223372036854775808" }) {
				for (String user : List.of(officer, applicant)) {
					send(api(method, path, user).param(name, value).contentType(MediaType.APPLICATION_JSON)
						.content("{}"), method + " " + template + " ?" + name + "=" + abbreviate(value) + " as " + user);
				}
			}
		}
		if (takesJson && "object".equals(bodySchema.path("type").asString("object"))) {
			for (var variant : variants(bodySchema, schemas, creates).entrySet()) {
				send(api(method, path, officer).contentType(MediaType.APPLICATION_JSON)
					.content(variant.getValue()), method + " " + template + " " + variant.getKey() + " as the officer");
			}
		}
		if (System.getProperty("fuel.fuzz.verbose") != null) {
			System.out.println("FUZZ TIME " + (System.nanoTime() - started) / 1_000_000 + " ms " + method + " " + template);
		}
	}

	/**
	 * One malformed property at a time. An operation on an existing object (a random id, so it is never found) gets
	 * every other property filled plausibly. A creating one gets that property alone followed by broken JSON: Jackson
	 * reads (and so checks) the property before it meets the break, and nothing can be created.
	 */
	private Map<String, String> variants(JsonNode schema, JsonNode schemas, boolean creates) {
		var variants = new LinkedHashMap<String, String>();
		for (var property : schema.path("properties").properties()) {
			String name = property.getKey();
			JsonNode propertySchema = resolve(property.getValue(), schemas);
			for (var bad : badValues(propertySchema, schemas).entrySet()) {
				variants.put(name + " = " + bad.getKey(), with(schema, schemas, creates, body -> body.set(name,
						bad.getValue())));
			}
			JsonNode items = resolve(propertySchema.path("items"), schemas);
			if ("array".equals(propertySchema.path("type").asString())
					&& "object".equals(items.path("type").asString())) {
				for (var itemProperty : items.path("properties").properties()) {
					JsonNode itemSchema = resolve(itemProperty.getValue(), schemas);
					for (var bad : badValues(itemSchema, schemas).entrySet()) {
						ObjectNode item = plausible(items, schemas);
						item.set(itemProperty.getKey(), bad.getValue());
						variants.put(name + "[1]." + itemProperty.getKey() + " = " + bad.getKey(),
								with(schema, schemas, creates, body -> body.set(name,
										NODES.arrayNode().add(plausible(items, schemas)).add(item))));
					}
				}
			}
		}
		return variants;
	}

	private String with(JsonNode schema, JsonNode schemas, boolean creates, Consumer<ObjectNode> change) {
		ObjectNode body = creates ? NODES.objectNode() : plausible(schema, schemas);
		change.accept(body);
		String text = body.toString();
		return creates ? text.substring(0, text.length() - 1) + ",\"unfinished\":" : text;
	}

	private Map<String, JsonNode> badValues(JsonNode schema, JsonNode schemas) {
		var bad = new LinkedHashMap<String, JsonNode>();
		String type = schema.path("type").asString("object");
		bad.put("null", NODES.nullNode());
		switch (type) {
			case "string" -> {
				bad.put("a NUL byte", NODES.stringNode("a\u0000b"));
				bad.put("100 000 characters", NODES.stringNode(LONG_TEXT));
				bad.put("a list", NODES.arrayNode().add(1));
				if (schema.has("format") || schema.has("enum")) {
					bad.put("an unparseable value", NODES.stringNode("not-a-" + schema.path("format").asString("value")));
				}
			}
			case "integer", "number" -> {
				bad.put("Long.MAX_VALUE", NODES.numberNode(Long.MAX_VALUE));
				bad.put("past Long.MAX_VALUE", NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
				bad.put("-1", NODES.numberNode(-1));
				bad.put("a text", NODES.stringNode("tusen"));
			}
			case "boolean" -> bad.put("a text", NODES.stringNode("kanske"));
			case "array" -> {
				bad.put("an object", NODES.objectNode().put("a", 1));
				bad.put("a null element", NODES.arrayNode().addNull());
				ArrayNode withNull = NODES.arrayNode();
				withNull.add(plausibleValue(resolve(schema.path("items"), schemas), schemas));
				withNull.addNull();
				bad.put("a null after a value", withNull);
			}
			default -> {
				bad.put("a text", NODES.stringNode("x"));
				bad.put("a list", NODES.arrayNode().add(1));
			}
		}
		return bad;
	}

	private ObjectNode plausible(JsonNode schema, JsonNode schemas) {
		ObjectNode body = NODES.objectNode();
		for (var property : schema.path("properties").properties()) {
			body.set(property.getKey(), plausibleValue(resolve(property.getValue(), schemas), schemas));
		}
		return body;
	}

	private JsonNode plausibleValue(JsonNode schema, JsonNode schemas) {
		if (schema.has("enum")) {
			return schema.path("enum").get(0);
		}
		return switch (schema.path("type").asString("object")) {
			case "string" -> switch (schema.path("format").asString("")) {
				case "uuid" -> NODES.stringNode(randomUuid().toString());
				case "date" -> NODES.stringNode("2027-03-01");
				case "date-time" -> NODES.stringNode("2027-03-01T10:00:00Z");
				default -> NODES.stringNode("Prov");
			};
			case "integer", "number" -> NODES.numberNode(1);
			case "boolean" -> NODES.booleanNode(false);
			case "array" -> NODES.arrayNode();
			default -> NODES.objectNode();
		};
	}

	private JsonNode resolve(JsonNode schema, JsonNode schemas) {
		JsonNode current = schema;
		for (int depth = 0; depth < 5; depth++) {
			if (current.has("$ref")) {
				String ref = current.path("$ref").asString();
				current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
			}
			else if (current.has("allOf")) {
				current = current.path("allOf").get(0);
			}
			else if (current.has("oneOf")) {
				current = current.path("oneOf").get(0);
			}
			else {
				return current;
			}
		}
		return current;
	}

	/** The list and map properties of a page handler's form objects, the ones a field index can point into. */
	private static List<String> listProperties(Object[] parameters) throws Exception {
		var names = new ArrayList<String>();
		for (Object p : parameters) {
			var parameter = (org.springframework.core.MethodParameter) p;
			Class<?> type = parameter.getParameterType();
			if (!parameter.hasParameterAnnotation(ModelAttribute.class) || type.getName().startsWith("java.")) {
				continue;
			}
			if (type.isRecord()) {
				for (var component : type.getRecordComponents()) {
					if (isIndexed(component.getType())) {
						names.add(component.getName());
					}
				}
			}
			for (var descriptor : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
				if (descriptor.getWriteMethod() != null && isIndexed(descriptor.getPropertyType())) {
					names.add(descriptor.getName());
				}
			}
			for (Field field : type.getFields()) {
				if (isIndexed(field.getType())) {
					names.add(field.getName());
				}
			}
		}
		return names.stream().distinct().toList();
	}

	private static boolean isIndexed(Class<?> type) {
		return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray();
	}

	private String fillPathVariables(String template) {
		return template.replaceAll("\\{[^}]*}", randomUuid().toString());
	}

	private UUID randomUuid() {
		return new UUID(random.nextLong(), random.nextLong());
	}

	private final Map<String, RequestPostProcessor> signedIn = new HashMap<>();

	private MockHttpServletRequestBuilder api(HttpMethod method, String path, String user) {
		return request(method, path).with(signedIn.computeIfAbsent(user, users::as));
	}

	private void send(MockHttpServletRequestBuilder request, String description) throws Exception {
		sent++;
		int status;
		try {
			status = mvc.perform(request).andReturn().getResponse().getStatus();
		}
		catch (Exception e) {
			// MockMvc rethrows what no handler answered; the servlet container would have made it a 500.
			serverErrors.add(description + " -> " + rootCause(e));
			return;
		}
		if (status < 400 && System.getProperty("fuel.fuzz.verbose") != null) {
			System.out.println("FUZZ ACCEPTED " + status + " " + description);
		}
		if (status >= 500) {
			serverErrors.add(description + " -> " + status);
		}
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(cause.getMessage()));
	}

	private static String abbreviate(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}
}
