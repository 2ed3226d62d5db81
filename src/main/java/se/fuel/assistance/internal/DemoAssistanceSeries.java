package se.fuel.assistance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.internal.AssistanceImporter;
import se.fuel.system.FuelProperties;

/**
 * Demo economic-assistance series 1999–2004 (statistics/demo-assistance.csv, written by
 * tools/make-demo-assistance.py), imported through the ordinary CSV import. The district figures are made up and
 * marked so; they add up to the city's facts in the annual report's Bilaga 2 (adult recipients −37.5 % 1999→2003, households
 * −36 % to 12 156, cost almost −24 %, full-year equivalents −25 % to 2002, December 2003 by barrier = 14 656,
 * October 2003 by barrier 29/24/21/20/6 %, households by barrier to November 2002 and adults by barrier to October
 * 2002 down 52/25/24/20/4 % against 1999, a made-up LMA group May–October 2003).
 */
@Component
@Order(100)
class DemoAssistanceSeries implements ApplicationRunner {

	static final String FILENAME = "demo-assistance.csv";

	private static final Logger log = LoggerFactory.getLogger(DemoAssistanceSeries.class);

	private final FuelProperties properties;

	private final AssistanceImporter importer;

	private final AssistanceSeriesService service;

	private final JdbcClient jdbc;

	DemoAssistanceSeries(FuelProperties properties, AssistanceImporter importer, AssistanceSeriesService service,
			JdbcClient jdbc) {
		this.properties = properties;
		this.importer = importer;
		this.service = service;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoMode() || jdbc.sql("""
				select exists (select 1 from assistance_import where filename = ? and status = 'STORED')""")
			.param(FILENAME)
			.query(Boolean.class)
			.single()) {
			return;
		}
		byte[] content;
		try (InputStream in = getClass().getResourceAsStream("/statistics/" + FILENAME)) {
			content = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		UUID id = importer.importNow(FILENAME, AssistanceImportFormat.CSV, DuplicatePolicy.REPLACE, content, "system",
				service.lookups());
		log.info("Demo: economic-assistance series imported ({})", importer.status(id));
	}
}
