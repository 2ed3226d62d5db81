package se.fuel.statistics;

/**
 * One row of the fund statistics: a year, a programme or an organisation with its applications and grants.
 *
 * @param applications applications sent in; null unless {@code data} is KNOWN
 * @param grants grants decided (also those decided before Fuel)
 * @param rejections applications rejected; null unless {@code data} is KNOWN
 * @param requested kronor applied for; null unless {@code data} is KNOWN
 * @param granted kronor granted
 * @param successRate granted or partly granted applications in per cent of the decided ones, one decimal; null when
 * none was decided or the data is not KNOWN
 */
public record FundFigure(String key, String label, Integer applications, int grants, Integer rejections,
		Long requested, long granted, Double successRate, ApplicationData data) {
}
