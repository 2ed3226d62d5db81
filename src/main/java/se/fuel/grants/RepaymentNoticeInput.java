package se.fuel.grants;

/** The organisation's notice of an unused amount, in whole kronor, with why it was not used. */
public record RepaymentNoticeInput(Long amount, String note) {
}
