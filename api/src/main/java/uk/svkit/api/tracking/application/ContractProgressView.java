package uk.svkit.api.tracking.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.Rating;

/** A contract's progress on a date: each KPI's, the overall rating and the values. */
public record ContractProgressView(
    Contract contract,
    LocalDate asOf,
    BigDecimal elapsedShare,
    List<CommitmentProgressView> commitments,
    Rating rating,
    Money claimedValue,
    Money validatedValue,
    int overdueReturns) {}
