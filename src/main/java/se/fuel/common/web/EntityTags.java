package se.fuel.common.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import se.fuel.common.Versions;

/**
 * The API's side of optimistic locking: an answer carries the object's version as its entity tag, and a change names
 * the version it was made on in {@code If-Match} or, for clients that cannot set headers, in the body's
 * {@code version}.
 */
public final class EntityTags {

	private EntityTags() {
	}

	/** 200 with the object, tagged with the version a next change hands back. */
	public static <T> ResponseEntity<T> ok(T body, long version) {
		return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
	}

	/** 201 with the new object's address, tagged with its first version. */
	public static <T> ResponseEntity<T> created(URI location, T body, long version) {
		return ResponseEntity.created(location).eTag(Versions.etag(version)).body(body);
	}

	/** A request body that may carry the version it was made on. */
	public interface VersionedBody {

		/** The version the client read, or {@code null} when it did not say. */
		Long version();

		/** The version the change was made on: {@code If-Match} when sent, else this body's {@code version}. */
		default Long opened(String ifMatch) {
			return Versions.opened(ifMatch, version());
		}
	}
}
