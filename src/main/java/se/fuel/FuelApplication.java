package se.fuel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fuel runs a city's research-and-development funds, from the yearly call to the knowledge the funded work leaves.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FuelApplication {

	public static void main(String[] args) {
		SpringApplication.run(FuelApplication.class, args);
	}
}
