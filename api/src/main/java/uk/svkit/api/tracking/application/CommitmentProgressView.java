package uk.svkit.api.tracking.application;

import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Progress;

/**
 * One KPI's progress with its measure and its claimed and validated value (null when it cannot be
 * valued).
 */
public record CommitmentProgressView(
    Progress.OfCommitment progress, Measure measure, Money claimedValue, Money validatedValue) {}
