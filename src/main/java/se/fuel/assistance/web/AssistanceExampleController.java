package se.fuel.assistance.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.fuel.common.NotFoundException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * Exempelfiler: a Kolada JSON example and a CSV template that officers download from the import page to see the
 * formats (written by tools/make-demo-assistance.py; they extend the demo series to 2005).
 */
@Controller
class AssistanceExampleController {

	/** The files by their download name; any other name is not found. */
	static final Map<String, MediaType> FILES = Map.of("kolada-exempel.json",
			new MediaType("application", "json", StandardCharsets.UTF_8), "mall.csv",
			new MediaType("text", "csv", StandardCharsets.UTF_8));

	private final Identity identity;

	AssistanceExampleController(Identity identity) {
		this.identity = identity;
	}

	@GetMapping("/statistics/assistance/examples/{name}")
	ResponseEntity<byte[]> example(@PathVariable String name) throws IOException {
		identity.require(Role.OFFICER, Role.ADMIN);
		MediaType type = FILES.get(name);
		if (type == null) {
			throw new NotFoundException("example file " + name);
		}
		try (InputStream in = getClass().getResourceAsStream("/statistics/examples/" + name)) {
			return ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
				.body(in.readAllBytes());
		}
	}
}
