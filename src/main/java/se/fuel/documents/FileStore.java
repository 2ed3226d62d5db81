package se.fuel.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live: the data folder by default, object storage later. Keys are opaque strings the store
 * hands out; modules reach it only through {@link StoredDocuments}, which ties each file to its transaction.
 */
interface FileStore {

	/** Stores the bytes under a new key in the folder (e.g. {@code applications}) and returns the key. */
	String put(String folder, InputStream content) throws IOException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;
}
