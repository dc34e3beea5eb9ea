package uk.svkit.api.tracking.application;

import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.PerformanceAssessment;

/** An assessment with the contract it is of. */
public record AssessmentView(PerformanceAssessment assessment, Contract contract, String ocid) {}
