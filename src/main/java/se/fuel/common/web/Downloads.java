package se.fuel.common.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An uploaded file sent back as a download, the same way from every page and API: always as an attachment with its
 * name in UTF-8, and with nosniff, so that a browser never renders a file someone uploaded as a page of Fuel's.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<InputStreamResource> attachment(String fileName, String contentType, long size,
			InputStream content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}
}
