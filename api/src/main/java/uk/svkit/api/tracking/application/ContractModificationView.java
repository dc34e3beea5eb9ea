package uk.svkit.api.tracking.application;

import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.ContractModification;

/** A modification with the contract as it now stands. */
public record ContractModificationView(ContractModification modification, Contract contract) {}
