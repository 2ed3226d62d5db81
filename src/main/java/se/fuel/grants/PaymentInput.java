package se.fuel.grants;

import java.time.LocalDate;

/** A payment or a repayment received as typed: the day the money moved and the amount in whole kronor. */
public record PaymentInput(LocalDate paidOn, Long amount) {
}
