package uk.svkit.api.tracking.application;

import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Rating;

/** A contract on a dashboard: its validated value and its worst KPI rating. */
public record ContractFigureView(
    String contractId, String title, Money validatedValue, Rating rating) {}
