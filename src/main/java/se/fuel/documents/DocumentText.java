package se.fuel.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the text of a document (PDF, Word, Excel, OpenDocument, plain text) with Apache Tika, page by page where the
 * format has pages, so that a check can say where in the document it found something and search can index it.
 */
@Component
public class DocumentText {

	/** More text than any report has; a bound so that a hostile file cannot fill the memory. */
	static final int MAX_CHARS = 5_000_000;

	private final Parser parser = new AutoDetectParser();

	/** The document's text; empty when Tika cannot read it (damaged, encrypted, or not a document). */
	public Optional<ExtractedText> extract(byte[] bytes) {
		PageCollector collector = new PageCollector();
		Metadata metadata = new Metadata();
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			parser.parse(in, collector, metadata, new ParseContext());
		} catch (IOException | SAXException | TikaException | RuntimeException e) {
			if (!collector.limitReached) {
				return Optional.empty();
			}
		}
		return Optional.of(collector.result());
	}

	/** Collects Tika's XHTML text, starting a new page at each {@code <div class="page">} the PDF parser writes. */
	private static final class PageCollector extends DefaultHandler {

		private final List<String> pages = new ArrayList<>();
		private StringBuilder current = new StringBuilder();
		private boolean paged;
		private int total;
		private boolean limitReached;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName.isEmpty() ? qName : localName;
			if ("div".equals(name) && "page".equals(attributes.getValue("class"))) {
				// What comes before the first page is the head (title, metadata), not the document's text.
				if (paged) {
					pages.add(current.toString());
				}
				current = new StringBuilder();
				paged = true;
			} else if ("p".equals(name) || "br".equals(name) || "td".equals(name) || "div".equals(name)) {
				current.append('\n');
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String name = localName.isEmpty() ? qName : localName;
			if ("td".equals(name) || "th".equals(name)) {
				current.append('\t');
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (total + length > MAX_CHARS) {
				limitReached = true;
				throw new SAXException("attachment text over " + MAX_CHARS + " characters");
			}
			total += length;
			current.append(ch, start, length);
		}

		@Override
		public void ignorableWhitespace(char[] ch, int start, int length) {
			current.append(ch, start, length);
		}

		ExtractedText result() {
			List<String> all = new ArrayList<>(pages);
			all.add(current.toString());
			return new ExtractedText(List.copyOf(all), paged);
		}
	}
}
