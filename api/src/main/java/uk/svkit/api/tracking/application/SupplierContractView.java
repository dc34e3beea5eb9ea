package uk.svkit.api.tracking.application;

/** One contract of the supplier's view. */
public record SupplierContractView(
    ContractProgressView progress,
    ValueTraceView committed,
    ValueTraceView claimed,
    ValueTraceView validated) {}
