package se.fuel.statistics;

import java.util.List;

/** What the fund statistics can be asked for: the years with grants or calls and the programmes, both sorted. */
public record FundChoices(List<Integer> years, List<String> programmes) {
}
