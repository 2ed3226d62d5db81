package se.fuel.knowledge.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in free text,
 * so that nothing that identifies a person is published in the knowledge bank.
 *
 * <p>A hit is 10 or 12 digits written as {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYMMDDNNNN},
 * {@code YYYYMMDDNNNN} or {@code YYYYMMDD-NNNN}, standing alone (not part of a longer run of digits, a register
 * number like {@code 2024/0003} or a decimal), whose date exists (day + 60 for a coordination number) and whose last
 * digit is the Luhn check digit of the 10-digit form.
 *
 * <p>Organisation numbers (organisationsnummer) are never hits: their "month" digits are 20 or more, which no
 * calendar month is, and their 12-digit form starts with 16, which is no century a living person was born in
 * (only 18, 19 and 20 are accepted).
 */
public final class PersonalIdentityNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\d/])(?<!\\d[.,])(\\d{8}|\\d{6})([-+]?)(\\d{4})(?![\\d/])(?![.,]\\d)");

    private PersonalIdentityNumbers() {
    }

    /** What a hit is: a personnummer or a samordningsnummer. */
    public enum Kind {
        PERSONAL_IDENTITY_NUMBER,
        COORDINATION_NUMBER
    }

    /**
     * One number found in a text.
     *
     * @param start index of the first character in the text
     * @param end index after the last character
     * @param kind personnummer or samordningsnummer
     * @param masked the number with everything but its first two digits replaced by {@code x}, safe to show and log
     */
    public record Hit(int start, int end, Kind kind, String masked) {
    }

    /** Every personal identity or coordination number in {@code text}, in order of appearance; empty for null. */
    public static List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return hits;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String date = m.group(1);
            String separator = m.group(2);
            String serial = m.group(3);
            Kind kind = kindOf(date, separator, serial);
            if (kind != null) {
                hits.add(new Hit(m.start(), m.end(), kind, mask(m.group())));
            }
        }
        return hits;
    }

    /** Whether {@code text} contains at least one personal identity or coordination number. */
    public static boolean containsAny(String text) {
        return !find(text).isEmpty();
    }

    private static Kind kindOf(String date, String separator, String serial) {
        int[] centuries;
        String shortDate;
        if (date.length() == 8) {
            int century = Integer.parseInt(date.substring(0, 2));
            if (century < 18 || century > 20) {
                return null;
            }
            centuries = new int[] {century};
            shortDate = date.substring(2);
        } else {
            // "+" marks a person of 100 years or more; without the century both remaining ones are possible.
            centuries = "+".equals(separator) ? new int[] {18, 19} : new int[] {19, 20};
            shortDate = date;
        }
        if (!luhnValid(shortDate + serial)) {
            return null;
        }
        int yy = Integer.parseInt(shortDate.substring(0, 2));
        int month = Integer.parseInt(shortDate.substring(2, 4));
        int day = Integer.parseInt(shortDate.substring(4, 6));
        Kind kind = Kind.PERSONAL_IDENTITY_NUMBER;
        if (day > 60) {
            kind = Kind.COORDINATION_NUMBER;
            day -= 60;
        }
        for (int century : centuries) {
            if (dateExists(century * 100 + yy, month, day)) {
                return kind;
            }
        }
        return null;
    }

    private static boolean dateExists(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Luhn over the 10 digits: weights 2,1,2,1,... with digit sums, total divisible by 10. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static String mask(String written) {
        StringBuilder masked = new StringBuilder(written.length());
        int digits = 0;
        for (char c : written.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(digits++ < 2 ? c : 'x');
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
