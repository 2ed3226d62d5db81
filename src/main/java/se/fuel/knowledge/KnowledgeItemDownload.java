package se.fuel.knowledge;

/** An attachment's bytes with its name and type, for download. */
public record KnowledgeItemDownload(String fileName, String contentType, byte[] bytes) {
}
