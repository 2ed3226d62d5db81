package se.fuel.mail;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * Where GreenMail listens in the tests: the port the test profile points Fuel's mail at. Each failsafe JVM gets its
 * own (see the pom), so two JVMs' mail tests never take each other's port.
 */
public final class TestSmtp {

	public static final ServerSetup SETUP = new ServerSetup(Integer.getInteger("fuel.test.smtp-port", 3025), "localhost",
			ServerSetup.PROTOCOL_SMTP);

	private TestSmtp() {
	}
}
