package uk.svkit.api.tracking.application;

import uk.svkit.api.platform.money.Money;

/** Committed, claimed and validated value of one theme, place or quarter of a dashboard. */
public record DashboardRowView(
    String key, String label, Money committedValue, Money claimedValue, Money validatedValue) {}
